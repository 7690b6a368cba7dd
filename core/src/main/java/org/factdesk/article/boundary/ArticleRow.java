package org.factdesk.article.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.article.entity.Heading;

/** One line of the article list. */
public record ArticleRow(long id, String title, String outlet, LocalDate publishedOn, Instant ingestedAt,
                         ArticleState state, long claimCount, Long duplicateOfId) {

    /** @param title the title, or the first words of an article without one ({@link Heading}) */
    public ArticleRow {
        title = Heading.of(title);
    }
}
