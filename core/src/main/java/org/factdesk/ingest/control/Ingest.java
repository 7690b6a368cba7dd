package org.factdesk.ingest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ArticleAnalyzer;
import org.factdesk.analysis.LineFingerprint;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.clean.SourceDecoder;
import org.factdesk.article.control.ArticleRepository;
import org.factdesk.article.entity.Article;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.claim.control.ArticleWorkflow;
import org.factdesk.claim.control.ClaimRepository;
import org.factdesk.ingest.boundary.IngestRequest;
import org.factdesk.ingest.boundary.IngestResult;
import org.factdesk.outlet.control.OutletRepository;
import org.factdesk.outlet.entity.Outlet;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.user.entity.User;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;

/**
 * Takes one copy of a story from bytes to a stored article with its claim candidates, in the caller's
 * transaction: either all of it is stored or, on any refusal, nothing. The steps, each once: read (decode and
 * guard, analyse), weigh the outlet's site chrome ({@link OutletChrome}), fingerprint, refuse a second copy and
 * link to the first ({@link CopyLinking}), store the claims ({@link ClaimFiling}), file under a story
 * ({@link StoryAssignment}), match ({@link ClaimMatching}).
 */
@Dependent
public class Ingest {

    @Inject
    ArticleAnalyzer analyzer;

    @Inject
    ArticleRepository articles;

    @Inject
    ClaimRepository claims;

    @Inject
    OutletRepository outlets;

    @Inject
    EventLog log;

    @Inject
    OutletChrome chrome;

    @Inject
    CopyLinking copies;

    @Inject
    ClaimFiling claimFiling;

    @Inject
    StoryAssignment stories;

    @Inject
    ClaimMatching matching;

    /** A document read and analysed, ready to be stored: nothing of it has touched the database yet. */
    public record ReadDocument(IngestRequest request, String outletName, String url, SourceDecoder.Decoded decoded,
                               Analysis analysis) {
    }

    /** Reads, ingests and stores in the caller's transaction: for callers that need no separate outlet step. */
    public IngestResult ingest(IngestRequest request, User actor) {
        var document = read(request);
        return store(document, outlets.findOrCreate(document.outletName()), actor);
    }

    /**
     * Checks, decodes and analyses a document without touching the database, so that every refusal (no outlet, a
     * bad address, empty, binary, too large, nothing left after cleaning) comes before anything is stored.
     */
    public ReadDocument read(IngestRequest request) {
        if (request.fileName() != null) {
            SourceDecoder.requireSupportedName(request.fileName());
        }
        var outletName = requireOutlet(request.outletName());
        var url = checkedUrl(request.url());
        var decoded = SourceDecoder.read(request.content(), request.fileName());
        var analysis = analyzer.analyze(SourceDocument.of(request.fileName(), decoded.text()));
        if (analysis.cleanedText().isBlank()) {
            throw request.fileName() == null ? new BusinessException("ingest.textNothingLeft")
                    : new BusinessException("ingest.nothingLeft", request.fileName());
        }
        if (request.outletFromDocument()) {
            outletName = namedOutlet(analysis).orElse(outletName);
        }
        return new ReadDocument(request, outletName, url, decoded, analysis);
    }

    /** The outlet a page names itself, where it names one that fits an outlet's name. */
    private static Optional<String> namedOutlet(Analysis analysis) {
        var named = analysis.metadata().outlet();
        return named == null || named.isBlank() || named.strip().length() > Outlet.NAME_MAX
                ? Optional.empty() : Optional.of(named.strip());
    }

    /**
     * Stores a read document under its outlet: the article, its fingerprint and duplicate link, claims, story,
     * matches. The outlet's copy with the very same text is refused, naming the stored one: another outlet's
     * identical text (a wire reprint) is stored and linked as a duplicate, since who ran the story is news.
     */
    public IngestResult store(ReadDocument document, Outlet outlet, User actor) {
        var request = document.request();
        var analysis = chrome.clean(SourceDocument.of(request.fileName(), document.decoded().text()),
                document.analysis(), outlet, -1, Set.of());
        var article = new Article(outlet, document.decoded().text(), analysis.cleanedText(), actor);
        var meta = analysis.metadata();
        article.describe(truncate(meta.title(), Article.TITLE_MAX), truncate(meta.byline(), 300),
                truncate(meta.dateline(), 300), meta.publishedOn(), document.url(), truncate(request.fileName(), 255));
        article.recordCleaning(analysis.removed(),
                Stream.concat(document.decoded().warnings().stream(), analysis.warnings().stream()).toList(),
                truncate(String.join(", ", meta.agencies()), 500));
        article.printsLines(LineFingerprint.encode(analysis.fingerprints()));
        copies.fingerprint(article);
        copies.refuseSecondCopy(article, request.fileName());
        articles.add(article);
        copies.linkToOriginal(article);
        var filed = claimFiling.file(article, analysis);
        stories.assign(article, analysis);
        matching.match(article, filed);
        var actorName = actor == null ? "system" : actor.getUsername();
        log.record(actorName, Subject.article(article.getId()), "article.ingested", null, ArticleState.INGESTED,
                article.getDuplicateOf() == null ? null : "Near-duplicate of article " + article.getDuplicateOf().getId());
        var original = article.getDuplicateOf();
        return new IngestResult(article.getId(), request.label(), article.displayTitle(), filed.size(),
                original == null ? null : original.getId(), original == null ? null : original.displayTitle(),
                article.getDuplicateSimilarity(), article.getWarnings());
    }

    /**
     * Analyses the article again, keeping a line cleaning cut by mistake, and replaces its claims. Only while nobody
     * has started on them: a claim that is assigned or reviewed must keep its text and offsets.
     */
    public void restore(Article article, String fragment, User actor) {
        var found = claims.ofArticle(article);
        if (!ArticleWorkflow.isUntouched(article, found)) {
            throw new BusinessException("ingest.restoreLocked");
        }
        if (!article.hasCut(fragment)) {
            throw new BusinessException("ingest.restoreGone");
        }
        var keep = article.linesKeptWith(fragment);
        var source = SourceDocument.of(article.getSourceName(), article.getRawText());
        var analysis = chrome.clean(source, analyzer.analyze(source, keep), article.getOutlet(), article.getId(), keep);
        if (analysis.cleanedText().isBlank()) {
            throw new BusinessException("ingest.restoreEmpty");
        }
        claimFiling.withdraw(found);
        article.recleaned(analysis.cleanedText(), analysis.removed(), analysis.warnings(), fragment);
        copies.fingerprint(article);
        var filed = claimFiling.file(article, analysis);
        matching.match(article, filed);
        log.record(actor.getUsername(), Subject.article(article.getId()), "article.restored", null, null, fragment);
    }

    /**
     * Adds a claim the engine missed: the words must stand in the article's text (the desk selected them there), and
     * the claim is matched with the story's other copies like the engine's own.
     *
     * @param near where the desk marked the words, to tell apart words the text holds more than once
     */
    public long addClaim(Article article, String words, int near, String speaker, User actor) {
        if (!article.getState().isOpenForReview()) {
            throw new BusinessException("claim.correct.closed");
        }
        var span = article.locate(words, near).orElseThrow(() -> new BusinessException("claim.span.notInArticle"));
        if (claims.ofArticle(article).stream().anyMatch(c -> c.getStartOffset() == span[0] && c.getEndOffset() == span[1])) {
            throw new BusinessException("claim.add.exists");
        }
        var claim = claimFiling.fileByDesk(article, span[0], span[1], speaker);
        matching.match(article, List.of(claim));
        log.record(actor.getUsername(), Subject.claim(claim.getId(), article.getId()), "claim.added", null, null,
                truncate(claim.getText(), 300));
        return claim.getId();
    }

    private static String requireOutlet(String name) {
        var outlet = name == null ? "" : name.strip();
        if (outlet.isEmpty()) {
            throw new BusinessException("ingest.outletMissing");
        }
        if (outlet.length() > Outlet.NAME_MAX) {
            throw new BusinessException("outlet.nameTooLong", Outlet.NAME_MAX);
        }
        return outlet;
    }

    private static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        var candidate = url.strip();
        try {
            var uri = new URI(candidate);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && candidate.length() <= 2048) {
                return candidate;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new BusinessException("ingest.notWebAddress", truncate(candidate, 100));
    }

    static String truncate(String value, int max) {
        if (value == null) {
            return null;
        }
        var stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "\u2026";
    }
}
