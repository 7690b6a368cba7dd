package org.factdesk.search.control;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.entity.Claim;
import org.factdesk.review.entity.Review;

/** The searchable document of each kind of desk row. */
final class DeskDocuments {

    private DeskDocuments() {
    }

    static DeskDocument of(Article article) {
        return new DeskDocument("ARTICLE", article.displayTitle(), article.getCleanedText(), article.getOutlet().getName(),
                article.getState().name(), null, DeskDocument.STAFF, article.getIngestedAt(), article.getId(), null);
    }

    static DeskDocument of(Claim claim) {
        var article = claim.getArticle();
        var context = Stream.of(claim.getSpeaker(), article.displayTitle()).filter(Objects::nonNull)
                .collect(Collectors.joining(" \u00b7 "));
        return new DeskDocument("CLAIM", claim.getText(), context, article.getOutlet().getName(), claim.getState().name(),
                null, DeskDocument.STAFF, article.getIngestedAt(), article.getId(), claim.getId());
    }

    /** A review in its author's hands is found only by its author (and desk chiefs, who see everything). */
    static DeskDocument of(Review review) {
        var claim = review.getClaim();
        var audience = review.getState().isEditable()
                ? DeskDocument.authorOnly(review.getAuthor().getUsername()) : DeskDocument.STAFF;
        return new DeskDocument("REVIEW", claim.getText(), review.getRationale(), claim.getArticle().getOutlet().getName(),
                review.getState().name(), review.getVerdict() == null ? null : review.getVerdict().name(), audience,
                review.getUpdatedAt(), claim.getArticle().getId(), claim.getId());
    }
}
