package org.factdesk.review.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.factdesk.article.entity.Article;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.outlet.entity.OutletPriority;

/**
 * What the article page and the API show of an article, with what may be done with it now, each answer the
 * article's own.
 *
 * @param version          the version read, sent back with a change so a concurrent edit is refused
 * @param title            the desk's headline, the engine's title or the first words ({@link Article#displayTitle})
 * @param duplicateOfId    the first copy this one repeats, or null with the other duplicate fields
 * @param storyLabel       the story it is filed under, or null
 * @param headlineEditable {@link Article#isHeadlineEditable}
 * @param publishable      {@link Article#isPublishable}
 * @param archivable       {@link Article#isArchivable}
 */
public record ArticleView(long id, long version, String title, ArticleState state, String outletName,
                          OutletPriority outletPriority, String url, String byline, String dateline, LocalDate publishedOn,
                          String sourceName, String agencies, Instant ingestedAt, Instant dueAt, boolean overdueNow,
                          String cleanedText, Long duplicateOfId, String duplicateOfTitle, String duplicateOfOutlet,
                          Double duplicateSimilarity, String storyLabel, boolean headlineEditable, boolean publishable,
                          boolean archivable) {

    static ArticleView of(Article article) {
        var original = article.getDuplicateOf();
        var story = article.getStory();
        return new ArticleView(article.getId(), article.getVersion(), article.displayTitle(), article.getState(),
                article.getOutlet().getName(), article.getOutlet().getPriority(), article.getUrl(), article.getByline(),
                article.getDateline(), article.getPublishedOn(), article.getSourceName(), article.getAgencies(),
                article.getIngestedAt(), article.getDueAt(), article.isOverdueNow(), article.getCleanedText(),
                original == null ? null : original.getId(), original == null ? null : original.displayTitle(),
                original == null ? null : original.getOutlet().getName(), article.getDuplicateSimilarity(),
                story == null ? null : story.getLabel(), article.isHeadlineEditable(), article.isPublishable(),
                article.isArchivable());
    }

    public boolean published() {
        return state == ArticleState.PUBLISHED;
    }
}
