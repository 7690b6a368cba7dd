package org.factdesk.ingest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.Analysis;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimMatch;

/** The claims the engine found in an article, stored with the sentence each stands in, or withdrawn before a new analysis. */
@Dependent
public class ClaimFiling {

    private static final int SPEAKER_MAX = 200;
    private static final int ATTRIBUTION_MAX = 500;

    @PersistenceContext
    EntityManager em;

    /** Stores the engine's filed claims and flushes them, so that story filing and matching read them back. */
    public List<Claim> file(Article article, Analysis analysis) {
        var filed = new ArrayList<Claim>();
        for (var candidate : analysis.filedClaims()) {
            var claim = new Claim(article, candidate.text(), candidate.start(), candidate.end(),
                    candidate.kind(), Ingest.truncate(candidate.speaker(), SPEAKER_MAX), candidate.score());
            claim.explain(candidate.reasons(), Ingest.truncate(String.join(" \u2190 ", candidate.attribution()), ATTRIBUTION_MAX));
            var sentence = analysis.sentenceOf(candidate);
            claim.standsIn(sentence.start(), sentence.end());
            em.persist(claim);
            filed.add(claim);
        }
        em.flush();
        return filed;
    }

    /** A claim the engine missed, marked by the desk in the article's text, stored and flushed for matching. */
    public Claim fileByDesk(Article article, int start, int end, String speaker) {
        var claim = Claim.addedByDesk(article, start, end, speaker);
        em.persist(claim);
        em.flush();
        return claim;
    }

    /** One by one, not in bulk, so that the audit trail and the search index see each claim go. */
    public void withdraw(List<Claim> stored) {
        for (var claim : stored) {
            em.createNamedQuery("ClaimMatch.ofEitherClaim", ClaimMatch.class)
                    .setParameter("c", claim).getResultList().forEach(em::remove);
            em.remove(claim);
        }
        em.flush();
    }
}
