package org.factdesk.publication.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.factdesk.article.entity.Article;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.publication.boundary.PublicCorrection;
import org.factdesk.publication.entity.Correction;
import org.factdesk.publication.entity.FactCheck;
import org.factdesk.publication.entity.PublicationStatus;
import org.factdesk.review.entity.Review;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.review.entity.Verdict;
import org.factdesk.user.entity.User;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;

/** Publishes, corrects and retracts fact-checks, each step logged in the same transaction. */
@Dependent
public class Publishing {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventLog log;

    /**
     * Publishes the article's approved verdicts. One that rests on no primary source (a document, an official
     * statement, a data set) is published only with the desk chief's reason, kept on the fact-check and in the log.
     */
    public FactCheck publish(Article article, User deskChief, List<Review> approved, String waiver) {
        // the state's refusal first: an article not ready to publish is refused as such, whatever its sources
        var from = article.moveTo(ArticleState.PUBLISHED);
        var reason = waiver == null || waiver.isBlank() ? null : waiver.strip();
        var unsourced = approved.stream().filter(r -> !r.restsOnPrimarySource()).count();
        if (unsourced > 0 && reason == null) {
            throw new BusinessException("publish.primarySourceMissing", unsourced);
        }
        if (reason != null && reason.length() > FactCheck.WAIVER_MAX) {
            throw new BusinessException("publish.waiverTooLong", FactCheck.WAIVER_MAX);
        }
        var factCheck = new FactCheck(article, deskChief, unsourced > 0 ? reason : null);
        em.persist(factCheck);
        log.record(deskChief.getUsername(), Subject.article(article.getId()), "article.published", from, ArticleState.PUBLISHED,
                factCheck.getPrimarySourceWaiver());
        return factCheck;
    }

    public Correction correct(FactCheck factCheck, Review review, User deskChief, Verdict verdict, String rationale,
                              String note) {
        var correction = factCheck.correct(review, deskChief, verdict, rationale, note);
        em.persist(correction);
        log.record(deskChief.getUsername(), Subject.review(review.getId(), review.getClaim().getArticle().getId()), "review.corrected", correction.getPreviousVerdict(), verdict,
                correction.getNote());
        return correction;
    }

    public void retract(FactCheck factCheck, User deskChief, String reason) {
        var from = factCheck.retract(deskChief, reason);
        log.record(deskChief.getUsername(), Subject.article(factCheck.getArticle().getId()), "article.retracted", from, PublicationStatus.RETRACTED,
                factCheck.getRetractionReason());
    }

    public Optional<FactCheck> of(long articleId) {
        return em.createNamedQuery("FactCheck.findByArticle", FactCheck.class).setParameter("articleId", articleId)
                .getResultStream().findFirst();
    }

    public List<PublicCorrection> corrections(long articleId) {
        return em.createNamedQuery("Correction.findByArticle", Correction.class).setParameter("articleId", articleId)
                .getResultStream()
                .map(c -> new PublicCorrection(c.getClaim().getId(), c.getClaim().getText(), c.getPreviousVerdict(),
                        c.getNewVerdict(), c.getNote(), c.getCorrectedAt()))
                .toList();
    }
}
