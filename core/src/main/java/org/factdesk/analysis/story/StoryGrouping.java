package org.factdesk.analysis.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ClaimCandidate;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.compare.Comparison;
import org.factdesk.analysis.compare.Conflict;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.compare.PreparedClaim;
import org.factdesk.analysis.compare.SameStatements;
import org.factdesk.analysis.retrieval.SentenceEmbeddings;
import org.factdesk.analysis.retrieval.Vectors;

/**
 * Files a batch of analysed articles one after the other, as the server's ingest files them as they arrive, with
 * the same decisions: a near-duplicate is linked to the first copy of its text ({@link ContentFingerprint}), each
 * article joins a story or starts one ({@link StoryFiling}), and its claims are matched with the claims already in
 * its story ({@link SameStatements}), never with copies of its own text, whose claims are the same by construction.
 * Only the store differs: here it is the earlier articles of the batch, each read back as the server reads a stored
 * article (its story signature parsed from its text, its story and claim vectors from their bytes).
 */
public final class StoryGrouping {

    private final ContentFingerprint fingerprint = new ContentFingerprint();
    private final SentenceEmbeddings embeddings;
    private final StoryFiling filing;
    private final SameStatements<ClaimRef> statements;

    /** The product's decisions: {@link StoryMatcher} for stories, {@link ClaimMatcher} for statements. */
    public StoryGrouping(SentenceEmbeddings embeddings) {
        this(embeddings, new StoryFiling(), new SameStatements<>(new ClaimMatcher(embeddings)));
    }

    public StoryGrouping(SentenceEmbeddings embeddings, StoryFiling filing, SameStatements<ClaimRef> statements) {
        this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
        this.filing = Objects.requireNonNull(filing, "filing");
        this.statements = Objects.requireNonNull(statements, "statements");
    }

    /** One article of the batch; {@code name} identifies it to a person (a file name). */
    public record Article(String name, Analysis analysis) {
        public Article {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(analysis, "analysis");
        }
    }

    /** A claim of the batch: the index of its article and its index among that article's filed claims. */
    public record ClaimRef(int article, int claim) {
    }

    /**
     * A claim of one article that says what a claim of another says; the earlier article comes first, and the
     * comparison's conflicts read from its side.
     */
    public record ClaimPair(String article, ClaimCandidate claim, String otherArticle, ClaimCandidate otherClaim,
                            Comparison comparison) {
    }

    /**
     * @param duplicates pairs of article names, the first copy of the text first
     * @param stories    groups of names covering every article once, in the order the stories began
     * @param matches    in the order they were found: by arriving article, then by its claims
     */
    public record Grouping(List<List<String>> duplicates, List<List<String>> stories, List<ClaimPair> matches) {
    }

    public Grouping group(List<Article> articles) {
        var n = articles.size();
        var signatures = new ArrayList<MinHashSignature>();
        var original = new int[n];
        var story = new long[n];
        var duplicates = new ArrayList<List<String>>();
        var filed = new ArrayList<StoryFiling.Filed>();
        var stories = new LinkedHashMap<Long, List<String>>();
        var filedClaims = new ArrayList<List<ClaimCandidate>>();
        var prepared = new ArrayList<List<PreparedClaim>>();
        var matches = new ArrayList<ClaimPair>();
        for (var i = 0; i < n; i++) {
            var analysis = articles.get(i).analysis();
            var signature = analysis.cleanedText().isBlank() ? null : fingerprint.signature(analysis.cleanedText());
            signatures.add(signature);
            original[i] = originalOf(i, signature, signatures, original);
            if (original[i] != i) {
                duplicates.add(List.of(articles.get(original[i]).name(), articles.get(i).name()));
            }
            var profile = StoryProfile.of(analysis, embeddings);
            var joined = filing.file(profile, original[i] != i ? story[original[i]] : null, filed);
            story[i] = joined.orElse(stories.size());
            stories.computeIfAbsent(story[i], s -> new ArrayList<>()).add(articles.get(i).name());
            filed.add(new StoryFiling.Filed(story[i], profile.asStored()));
            filedClaims.add(analysis.filedClaims());
            prepared.add(prepared(analysis, filedClaims.get(i)));
            match(i, articles, story, original, filedClaims, prepared, matches);
        }
        return new Grouping(List.copyOf(duplicates), List.copyOf(stories.values()), List.copyOf(matches));
    }

    /** The first copy this text duplicates among the earlier ones sharing a band key, or the article itself. */
    private int originalOf(int i, MinHashSignature signature, List<MinHashSignature> signatures, int[] original) {
        if (signature == null) {
            return i;
        }
        var candidates = new ArrayList<ContentFingerprint.Stored>();
        for (var j = 0; j < i; j++) {
            var other = signatures.get(j);
            if (other != null && fingerprint.shareBandKey(signature, other)) {
                candidates.add(new ContentFingerprint.Stored(j, original[j], other));
            }
        }
        return ContentFingerprint.originalOf(signature, candidates).map(o -> (int) o.article()).orElse(i);
    }

    private void match(int i, List<Article> articles, long[] story, int[] original, List<List<ClaimCandidate>> claims,
                       List<List<PreparedClaim>> prepared, List<ClaimPair> out) {
        var stored = new ArrayList<SameStatements.Stored<ClaimRef>>();
        for (var j = 0; j < i; j++) {
            if (story[j] == story[i] && original[j] != original[i]) {
                var earlier = prepared.get(j);
                for (var c = 0; c < earlier.size(); c++) {
                    stored.add(new SameStatements.Stored<>(new ClaimRef(j, c), earlier.get(c)));
                }
            }
        }
        if (stored.isEmpty()) {
            return;
        }
        var arriving = articles.get(i);
        for (var found : statements.find(prepared.get(i), stored)) {
            var earlier = articles.get(found.other().article());
            var comparison = found.comparison();
            var fromEarlier = new Comparison(comparison.sameStatement(), comparison.similarity(),
                    comparison.conflicts().stream().map(Conflict::reversed).toList());
            out.add(new ClaimPair(earlier.name(), claims.get(found.other().article()).get(found.other().claim()),
                    arriving.name(), claims.get(i).get(found.claim()), fromEarlier));
        }
    }

    /**
     * The article's claims read for the matcher, with one call of the model for all; each vector as the server
     * reads it back from the claim row.
     */
    private List<PreparedClaim> prepared(Analysis analysis, List<ClaimCandidate> claims) {
        var matchable = claims.stream().map(c -> matchable(analysis, c)).toList();
        var vectors = embeddings.embed(matchable.stream().map(MatchableClaim::context).toList());
        var prepared = new ArrayList<PreparedClaim>(claims.size());
        for (var c = 0; c < vectors.length; c++) {
            prepared.add(PreparedClaim.of(matchable.get(c), Vectors.read(Vectors.stored(vectors[c]))));
        }
        return prepared;
    }

    /** The claim with its sentence, through which short quotes are compared, and its article's date. */
    public static MatchableClaim matchable(Analysis analysis, ClaimCandidate claim) {
        return new MatchableClaim(claim.text(), analysis.sentenceOf(claim).text(), claim.kind(), claim.speaker(),
                analysis.metadata().publishedOn());
    }
}
