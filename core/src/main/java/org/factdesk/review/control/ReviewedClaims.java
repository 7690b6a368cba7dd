package org.factdesk.review.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.embedding.Vectors;
import org.factdesk.analysis.retrieval.Bm25ClaimIndex;
import org.factdesk.analysis.retrieval.ClaimRetrieval;
import org.factdesk.analysis.retrieval.IndexedClaim;
import org.factdesk.claim.control.ClaimVectors;
import org.factdesk.claim.entity.Claim;
import org.factdesk.review.entity.ReviewState;

/**
 * Every claim with an approved review, in an in-memory search index of words and sentence vectors, so that a new
 * copy of a checked claim is shown the earlier verdict. Rebuilt from the database at start, with the vectors
 * stored on the claim rows (only claims stored before vectors were kept get theirs computed, once); grows as
 * reviews are approved. The index is thread-safe, so the bean needs no container locking.
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

    @Inject
    ClaimMatcher matcher;

    @Inject
    ClaimVectors vectors;

    private final Bm25ClaimIndex index = new Bm25ClaimIndex();
    private ClaimRetrieval retrieval;

    @PostConstruct
    void load() {
        retrieval = new ClaimRetrieval(index, matcher);
        var started = System.nanoTime();
        var claims = new ArrayList<IndexedClaim>();
        var withoutVector = new ArrayList<Long>();
        em.createNamedQuery("Review.approvedClaimsToIndex", Object[].class)
                .setParameter("approved", ReviewState.APPROVED)
                .getResultStream()
                .forEach(row -> {
                    if (row[4] == null) {
                        withoutVector.add((Long) row[0]);
                    } else {
                        claims.add(new IndexedClaim((Long) row[0], (String) row[1], (ClaimKind) row[2],
                                (String) row[3], (byte[]) row[4]));
                    }
                });
        if (!withoutVector.isEmpty()) {
            var older = em.createNamedQuery("Claim.withArticleByIds", Claim.class)
                    .setParameter("ids", withoutVector).getResultList();
            var computed = vectors.of(older);
            for (var i = 0; i < older.size(); i++) {
                claims.add(indexed(older.get(i), computed.get(i)));
            }
        }
        index.addAll(claims);
        LOG.info(() -> "Indexed " + index.size() + " reviewed claims in " + (System.nanoTime() - started) / 1_000_000
                + " ms (" + withoutVector.size() + " vectors computed)");
    }

    /**
     * Reviewed claims that say the same as this one, closest first.
     *
     * @param vector the claim's stored vector, asked for only when a reviewed claim shares its words
     */
    public List<ClaimRetrieval.Match> sameAs(MatchableClaim claim, Supplier<byte[]> vector) {
        return retrieval.find(claim, () -> Vectors.read(vector.get()), CANDIDATES).stream()
                .filter(m -> m.comparison().sameStatement()).toList();
    }

    /**
     * Runs after the approval committed, when its transaction is still associated with the thread but no longer
     * active: reading the claim in it fails to get a connection (and returns one to the pool twice), so the read gets
     * a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void approved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimApproved approved) {
        var claim = em.createNamedQuery("Claim.withArticleById", Claim.class)
                .setParameter("id", approved.claimId()).getResultList();
        if (!claim.isEmpty()) {
            index.add(indexed(claim.get(0), vectors.of(claim).get(0)));
        }
    }

    private static IndexedClaim indexed(Claim claim, byte[] vector) {
        return new IndexedClaim(claim.getId(), claim.getText(), claim.getKind(), claim.getSpeaker(), vector);
    }

    public int size() {
        return index.size();
    }
}
