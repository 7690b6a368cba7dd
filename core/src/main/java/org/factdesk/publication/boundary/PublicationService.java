package org.factdesk.publication.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.article.entity.Article;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.newsroom.boundary.NewsroomProfile;
import org.factdesk.newsroom.control.Newsrooms;
import org.factdesk.publication.control.FactCheckIndex;
import org.factdesk.publication.control.IndexRow;
import org.factdesk.publication.control.Publishing;
import org.factdesk.publication.control.SearchWords;
import org.factdesk.publication.entity.Correction;
import org.factdesk.publication.entity.FactCheck;
import org.factdesk.review.boundary.EvidenceEntry;
import org.factdesk.review.entity.Evidence;
import org.factdesk.review.entity.Review;
import org.factdesk.review.entity.ReviewState;
import org.factdesk.shared.boundary.Page;

/**
 * The public side: published fact-checks, readable by anyone without logging in. {@link #article}, {@link #claim}
 * and {@link #latest} give only live fact-checks, with their verdicts as corrected; a retracted one answers only
 * through {@link #retraction} and {@link #retractionOfClaim}, so no verdict it withdrew is ever served again.
 */
@Stateless
@PermitAll
public class PublicationService {

    /** A reader pages through the index; no page is longer than this. */
    public static final int MAX_INDEX_PAGE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Publishing publishing;

    @Inject
    FactCheckIndex index;

    @Inject
    Newsrooms newsrooms;

    /**
     * One page of the public index, newest first; with search words, only the fact-checks whose headline or checked
     * claims contain all of them.
     */
    public PublicIndex index(String query, int first, int pageSize) {
        var words = SearchWords.of(query);
        var size = Math.max(1, Math.min(pageSize, MAX_INDEX_PAGE));
        var start = Math.max(0, first);
        var rows = index.page(words, start, size);
        var verdicts = index.verdicts(rows.stream().map(IndexRow::articleId).toList());
        var summaries = rows.stream().map(r -> new FactCheckSummary(r.articleId(), r.headline(), r.outlet(), r.publishedAt(),
                r.modifiedAt(), verdicts.getOrDefault(r.articleId(), List.of()))).toList();
        return new PublicIndex(new Page<>(summaries, index.count(words)), start, size, String.join(" ", words),
                newsrooms.profile());
    }

    /** A claim's public page: its live fact-check, or the notice of its retraction; empty when never published. */
    public Optional<PublicClaimPage> claimPage(long claimId) {
        var newsroom = newsrooms.profile();
        return claim(claimId)
                .map(c -> new PublicClaimPage(c, publishing.corrections(c.articleId()).stream()
                        .filter(k -> k.claimId() == claimId).toList(), null, newsroom))
                .or(() -> retractionOfClaim(claimId).map(r -> new PublicClaimPage(null, List.of(), r, newsroom)));
    }

    /** An article's public page: its live fact-check, or the notice of its retraction; empty when never published. */
    public Optional<PublicArticlePage> articlePage(long articleId) {
        var newsroom = newsrooms.profile();
        return article(articleId)
                .map(a -> new PublicArticlePage(a, publishing.corrections(articleId), null, newsroom))
                .or(() -> retraction(articleId).map(r -> new PublicArticlePage(null, List.of(), r, newsroom)));
    }

    /** The newsroom that signs the fact-checks, for answers that carry nothing else of it. */
    public NewsroomProfile newsroom() {
        return newsrooms.profile();
    }

    public Optional<PublishedArticle> article(long articleId) {
        return live(articleId).map(fc -> {
            var article = fc.getArticle();
            var claims = approvedReviews(articleId).stream()
                    .map(r -> toPublic(r, fc))
                    .sorted(Comparator.comparingLong(PublishedClaim::claimId))
                    .toList();
            return new PublishedArticle(article.getId(), article.displayTitle(), article.getOutlet().getName(),
                    article.getUrl(), article.getPublishedOn(), fc.getPublishedAt(), fc.getModifiedAt(), claims);
        });
    }

    public Optional<PublishedClaim> claim(long claimId) {
        return approvedReview(claimId).flatMap(r -> live(r.getClaim().getArticle().getId()).map(fc -> toPublic(r, fc)));
    }

    /**
     * The text the server archived of a source of a live fact-check, as readers check it against the hash on the
     * page; empty for a source of anything not published, or one with no archived text.
     */
    public Optional<ArchivedCopy> archivedCopy(long evidenceId) {
        return Optional.ofNullable(em.find(Evidence.class, evidenceId))
                .filter(e -> e.getSnapshot() != null && e.getSnapshot().getText() != null)
                .filter(e -> e.getReview().getState() == ReviewState.APPROVED)
                .filter(e -> live(e.getReview().getClaim().getArticle().getId()).isPresent())
                .map(e -> new ArchivedCopy(e.getUrl(), e.getSnapshot().getFetchedAt(), e.getSnapshot().getContentHash(),
                        e.getSnapshot().getText()));
    }

    /** The public corrections log of a fact-check, oldest first; empty for one never corrected. */
    public List<PublicCorrection> corrections(long articleId) {
        return publishing.of(articleId).isPresent() ? publishing.corrections(articleId) : List.of();
    }

    public Optional<RetractionNotice> retraction(long articleId) {
        return publishing.of(articleId).filter(FactCheck::isRetracted).map(fc -> {
            var article = fc.getArticle();
            var claims = approvedReviews(articleId).stream()
                    .sorted(Comparator.comparingLong(r -> r.getClaim().getId()))
                    .map(r -> r.getClaim().getText()).toList();
            return new RetractionNotice(article.getId(), article.displayTitle(), article.getOutlet().getName(),
                    fc.getPublishedAt(), fc.getRetractedAt(), fc.getRetractionReason(), claims);
        });
    }

    public Optional<RetractionNotice> retractionOfClaim(long claimId) {
        return approvedReview(claimId).flatMap(r -> retraction(r.getClaim().getArticle().getId()));
    }

    /** The latest live fact-checks, newest first, for the public index. */
    public List<PublishedArticle> latest(int max) {
        return em.createNamedQuery("FactCheck.liveArticleIdsNewestFirst", Long.class)
                .setMaxResults(Math.max(1, Math.min(max, 100))).getResultList().stream()
                .map(this::article).flatMap(Optional::stream).toList();
    }

    private Optional<FactCheck> live(long articleId) {
        return publishing.of(articleId)
                .filter(fc -> fc.getArticle().getState() == ArticleState.PUBLISHED)
                .filter(fc -> !fc.isRetracted());
    }

    private Optional<Review> approvedReview(long claimId) {
        return em.createNamedQuery("Review.approvedOfClaim", Review.class)
                .setParameter("id", claimId).setParameter("approved", ReviewState.APPROVED)
                .getResultStream().findFirst();
    }

    private List<Review> approvedReviews(long articleId) {
        return em.createNamedQuery("Review.approvedOfArticle", Review.class)
                .setParameter("id", articleId).setParameter("approved", ReviewState.APPROVED).getResultList();
    }

    private PublishedClaim toPublic(Review review, FactCheck factCheck) {
        var claim = review.getClaim();
        var article = claim.getArticle();
        var sources = review.getEvidence().stream().map(EvidenceEntry::of).toList();
        return new PublishedClaim(claim.getId(), claim.getText(), claim.getSpeaker(), review.getVerdict(),
                review.getRationale(), sources, review.getAuthor().getDisplayName(), article.getId(),
                article.displayTitle(), article.getUrl(), otherAppearances(article), article.getOutlet().getName(),
                article.getPublishedOn(), factCheck.getPublishedAt(), modifiedAt(factCheck, claim.getId()));
    }

    /** A claim's page changes when its own verdict is corrected: that is its dateModified, not another claim's. */
    private static Instant modifiedAt(FactCheck factCheck, long claimId) {
        return factCheck.getCorrections().stream()
                .filter(c -> c.getClaim().getId() == claimId)
                .map(Correction::getCorrectedAt)
                .max(Comparator.naturalOrder())
                .orElse(factCheck.getPublishedAt());
    }

    /** Near-duplicate copies of the story are appearances of the same claim. */
    private List<String> otherAppearances(Article article) {
        return em.createNamedQuery("Article.otherAppearanceUrls", String.class)
                .setParameter("article", article)
                .setParameter("original", article.getDuplicateOf() == null ? article : article.getDuplicateOf())
                .getResultList().stream().filter(Objects::nonNull).distinct().toList();
    }
}
