package org.factdesk.analysis.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ClaimCandidate;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.compare.Comparison;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.compare.PreparedClaim;
import org.factdesk.analysis.retrieval.SentenceEmbeddings;

/**
 * Sorts a batch of analysed articles the way a desk reads them: copies of one text (near-duplicates), articles
 * about one event (stories), and within each story the claims that repeat one another across articles, with
 * their conflicts. Copies are not matched claim by claim: their claims are the same by construction.
 */
public final class StoryGrouping {

    private final ContentFingerprint fingerprint = new ContentFingerprint();
    private final StoryMatcher stories = new StoryMatcher();
    private final ClaimMatcher claims;
    private final SentenceEmbeddings embeddings;

    public StoryGrouping(SentenceEmbeddings embeddings) {
        this.embeddings = embeddings;
        claims = new ClaimMatcher(embeddings);
    }

    /** One article of the batch; {@code name} identifies it to a person (a file name). */
    public record Article(String name, Analysis analysis) {
        public Article {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(analysis, "analysis");
        }
    }

    /** A claim of one article that says what a claim of another says. */
    public record ClaimPair(String article, ClaimCandidate claim, String otherArticle, ClaimCandidate otherClaim,
                            Comparison comparison) {
    }

    /** @param duplicates pairs of article names; @param stories groups of names covering every article once */
    public record Grouping(List<List<String>> duplicates, List<List<String>> stories, List<ClaimPair> matches) {
    }

    public Grouping group(List<Article> articles) {
        var n = articles.size();
        var signatures = new ArrayList<MinHashSignature>();
        var storySignatures = new ArrayList<StorySignature>();
        for (var article : articles) {
            signatures.add(article.analysis().cleanedText().isBlank() ? null
                    : fingerprint.signature(article.analysis().cleanedText()));
            storySignatures.add(StorySignature.of(article.analysis()));
        }
        var vectors = embeddings.embed(articles.stream().map(a -> StoryVector.text(a.analysis())).toList());
        var parent = new int[n];
        for (var i = 0; i < n; i++) {
            parent[i] = i;
        }
        var duplicate = new boolean[n][n];
        var duplicates = new ArrayList<List<String>>();
        for (var i = 0; i < n; i++) {
            for (var j = i + 1; j < n; j++) {
                var a = signatures.get(i);
                var b = signatures.get(j);
                if (a != null && b != null && fingerprint.isNearDuplicate(a, b)) {
                    duplicate[i][j] = true;
                    duplicates.add(List.of(articles.get(i).name(), articles.get(j).name()));
                    union(parent, i, j);
                } else if (stories.compare(storySignatures.get(i), vectors[i], storySignatures.get(j), vectors[j])
                        .sameStory()) {
                    union(parent, i, j);
                }
            }
        }
        var groups = new TreeMap<Integer, List<String>>();
        for (var i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(articles.get(i).name());
        }
        var matches = new ArrayList<ClaimPair>();
        var prepared = new ArrayList<List<PreparedClaim>>();
        articles.forEach(article -> prepared.add(prepared(article)));
        for (var i = 0; i < n; i++) {
            for (var j = i + 1; j < n; j++) {
                if (!duplicate[i][j] && find(parent, i) == find(parent, j)) {
                    match(articles.get(i), prepared.get(i), articles.get(j), prepared.get(j), matches);
                }
            }
        }
        return new Grouping(List.copyOf(duplicates), List.copyOf(groups.values()), List.copyOf(matches));
    }

    private void match(Article a, List<PreparedClaim> claimsOfA, Article b, List<PreparedClaim> claimsOfB,
                       List<ClaimPair> out) {
        for (var x = 0; x < claimsOfA.size(); x++) {
            for (var y = 0; y < claimsOfB.size(); y++) {
                var comparison = claims.compare(claimsOfA.get(x), claimsOfB.get(y));
                if (comparison.sameStatement()) {
                    out.add(new ClaimPair(a.name(), a.analysis().claims().get(x), b.name(),
                            b.analysis().claims().get(y), comparison));
                }
            }
        }
    }

    /** Each claim read once for the matcher (one model call per article), however many articles it meets. */
    private List<PreparedClaim> prepared(Article article) {
        return claims.prepareAll(article.analysis().claims().stream()
                .map(claim -> matchable(article.analysis(), claim)).toList());
    }

    /** The claim with its sentence, through which short quotes are compared. */
    public static MatchableClaim matchable(Analysis analysis, ClaimCandidate claim) {
        var context = analysis.sentences().stream()
                .filter(s -> s.start() <= claim.start() && s.end() >= claim.end())
                .findFirst().map(Analysis.Sentence::text).orElse(claim.text());
        return new MatchableClaim(claim.text(), context, claim.kind(), claim.speaker());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        var a = find(parent, i);
        var b = find(parent, j);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }
}
