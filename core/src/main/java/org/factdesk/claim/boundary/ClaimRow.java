package org.factdesk.claim.boundary;

import java.time.Instant;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.article.entity.Heading;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.claim.entity.ClaimState;

/** One line of a claim queue. */
public record ClaimRow(long id, String text, ClaimKind kind, String speaker, double score, ClaimState state,
                       long articleId, String articleTitle, String outlet, ArticleState articleState,
                       String assigneeName, Instant dueAt) {

    /** @param articleTitle the title, or the first words of an article without one ({@link Heading}) */
    public ClaimRow {
        articleTitle = Heading.of(articleTitle);
    }

    /** Past its article's due time while work on it is still owed. */
    public boolean overdue() {
        return dueAt != null && state != ClaimState.APPROVED && articleState.isOpenForReview() && Instant.now().isAfter(dueAt);
    }
}
