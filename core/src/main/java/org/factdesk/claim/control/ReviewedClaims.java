package org.factdesk.claim.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.retrieval.Bm25ClaimIndex;
import org.factdesk.analysis.retrieval.ClaimRetrieval;
import org.factdesk.analysis.retrieval.IndexedClaim;
import org.factdesk.review.entity.ReviewState;

/**
 * Every claim with an approved review, in an in-memory search index, so that a new copy of a checked claim is
 * shown the earlier verdict. Rebuilt from the database at start; grows as reviews are approved. The index is
 * thread-safe, so the bean needs no container locking.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReviewedClaims {

    private static final Logger LOG = Logger.getLogger(ReviewedClaims.class.getName());
    /** Candidates the matcher looks at per claim: more costs time and finds almost nothing new. */
    static final int CANDIDATES = 3;

    @PersistenceContext
    EntityManager em;

    private final Bm25ClaimIndex index = new Bm25ClaimIndex();
    private final ClaimRetrieval retrieval = new ClaimRetrieval(index);

    @PostConstruct
    void load() {
        var started = System.nanoTime();
        em.createQuery("select c.id, c.text, c.kind, c.speaker from Review r join r.claim c where r.state = :approved", Object[].class)
                .setParameter("approved", ReviewState.APPROVED)
                .getResultStream()
                .forEach(row -> index.add(new IndexedClaim((Long) row[0], (String) row[1], (ClaimKind) row[2], (String) row[3])));
        LOG.info(() -> "Indexed " + index.size() + " reviewed claims in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Reviewed claims that say the same as this one, closest first. */
    public List<ClaimRetrieval.Match> sameAs(MatchableClaim claim) {
        return retrieval.find(claim, CANDIDATES).stream().filter(m -> m.comparison().sameStatement()).toList();
    }

    public void approved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimApproved claim) {
        index.add(new IndexedClaim(claim.claimId(), claim.text(), claim.kind(), claim.speaker()));
    }

    public int size() {
        return index.size();
    }
}
