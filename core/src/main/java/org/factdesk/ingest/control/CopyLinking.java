package org.factdesk.ingest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.factdesk.analysis.story.ContentFingerprint;
import org.factdesk.analysis.story.MinHashSignature;
import org.factdesk.article.control.ArticleRepository;
import org.factdesk.article.entity.Article;
import org.factdesk.ingest.boundary.AlreadyStoredException;

/**
 * Copies of one text: an article's fingerprint (a hash of its cleaned text for exact copies, a MinHash signature and
 * its band keys for near ones), the refusal of an outlet's second copy of the very same text, and the link from a
 * copy to the first copy on the desk, which keeps both, since who ran a story is news.
 */
@Dependent
public class CopyLinking {

    private final ContentFingerprint fingerprints = new ContentFingerprint();

    @Inject
    ArticleRepository articles;

    /** Fingerprints the article's cleaned text as it stands now: at ingest, and again after a line is restored. */
    public void fingerprint(Article article) {
        var signature = fingerprints.signature(article.getCleanedText());
        article.fingerprint(TextNormalizer.sha256(article.getCleanedText()), signature.encode(),
                Arrays.stream(fingerprints.bandKeys(signature)).boxed().collect(Collectors.toSet()));
    }

    /** Refuses a fingerprinted article whose outlet already holds exactly its text, naming the stored copy. */
    public void refuseSecondCopy(Article article, String fileName) {
        var stored = articles.sameCopy(article.getOutlet(), article.getContentHash());
        if (stored.isPresent()) {
            throw AlreadyStoredException.of(fileName, stored.get().id(), stored.get().heading());
        }
    }

    /**
     * Links a stored article to the first copy of its text: an identical text by its hash, else the engine's choice
     * among the stored texts sharing a band key, as the {@code analyze} command chooses among the files before it.
     */
    public void linkToOriginal(Article article) {
        var exact = articles.firstWithContentHash(article.getContentHash(), article.getId());
        if (exact.isPresent()) {
            article.markDuplicateOf(articles.get(exact.get().originalId()), 1.0);
            return;
        }
        var candidates = articles.sharingBandKeys(article.getBandKeys(), article.getId()).stream()
                .map(f -> new ContentFingerprint.Stored(f.articleId(), f.originalId(), MinHashSignature.decode(f.minhash())))
                .toList();
        ContentFingerprint.originalOf(MinHashSignature.decode(article.getMinhash()), candidates)
                .ifPresent(o -> article.markDuplicateOf(articles.get(o.article()), o.similarity()));
    }
}
