package org.factdesk.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.factdesk.analysis.ConflictKind;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.claim.entity.Claim;
import org.factdesk.claim.entity.ClaimMatch;
import org.factdesk.ingest.boundary.IngestRequest;
import org.factdesk.ingest.control.Ingest;
import org.factdesk.review.entity.EvidenceSource;
import org.factdesk.review.entity.Review;
import org.factdesk.review.entity.Verdict;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;

/**
 * Writes the history that reports read, at chosen times in the past: the desk's own steps always happen now,
 * and a report IT needs a period that holds its own data and nobody else's.
 */
@Stateless
@PermitAll
public class ReportData {

    @Inject
    Ingest ingest;

    @Inject
    UserRepository users;

    @PersistenceContext
    EntityManager em;

    /** An article of the outlet, ingested now, due as the outlet's priority says. */
    public long articleNow(String outlet) {
        var speaker = "Mayor " + Fixtures.uniqueName();
        var text = "Bridge repairs delayed\n\n\"The bridge will reopen in " + (3 + Math.abs(speaker.hashCode() % 20))
                + " weeks,\" " + speaker + " told the council on Tuesday.\n\n"
                + "Engineers said the repairs would cost 12 million euros.\n";
        return ingest.ingest(IngestRequest.pasted(outlet, null, text), null).articleId();
    }

    /** An article of the outlet, ingested at the given time, with its ingest event moved there too. */
    public long article(String outlet, Instant ingestedAt) {
        var id = articleNow(outlet);
        em.createNativeQuery("update article set ingested_at = ?1, due_at = ?2 where id = ?3")
                .setParameter(1, at(ingestedAt)).setParameter(2, at(ingestedAt.plusSeconds(86_400))).setParameter(3, id)
                .executeUpdate();
        em.createNativeQuery("update workflow_event set occurred_at = ?1 where article_id = ?2")
                .setParameter(1, at(ingestedAt)).setParameter(2, id).executeUpdate();
        return id;
    }

    /** Records that the article entered a state at that time, as the workflow would have logged it. */
    public void transition(long articleId, Instant when, ArticleState to) {
        em.createNativeQuery("insert into workflow_event (occurred_at, actor, subject_type, subject_id, article_id, action,"
                        + " to_state) values (?1, 'report-it', 'ARTICLE', ?2, ?2, ?3, ?4)")
                .setParameter(1, at(when)).setParameter(2, articleId)
                .setParameter(3, "article." + to.name().toLowerCase(java.util.Locale.ROOT)).setParameter(4, to.name())
                .executeUpdate();
        em.createNativeQuery("update article set state = ?1 where id = ?2").setParameter(1, to.name())
                .setParameter(2, articleId).executeUpdate();
    }

    public void dueAt(long articleId, Instant due) {
        em.createNativeQuery("update article set due_at = ?1 where id = ?2").setParameter(1, at(due))
                .setParameter(2, articleId).executeUpdate();
    }

    public long firstClaim(long articleId) {
        return claims(articleId).get(0);
    }

    public List<Long> claims(long articleId) {
        return em.createQuery("select c.id from Claim c where c.article.id = :id order by c.startOffset", Long.class)
                .setParameter("id", articleId).getResultList();
    }

    public void assign(long claimId, String username) {
        em.find(Claim.class, claimId).assignTo(users.findByUsername(username).orElseThrow());
    }

    public void deactivate(String username) {
        users.findByUsername(username).orElseThrow().deactivate();
    }

    public void conflict(long claimId, long matchedClaimId, ConflictKind kind, Instant flaggedAt) {
        var match = new ClaimMatch(em.find(Claim.class, claimId), em.find(Claim.class, matchedClaimId), 0.9);
        if (kind != null) {
            match.flagConflict(kind, "one value", "another value");
        }
        em.persist(match);
        em.flush();
        em.createNativeQuery("update claim_match set created_at = ?1 where id = ?2").setParameter(1, at(flaggedAt))
                .setParameter(2, match.getId()).executeUpdate();
    }

    /** A review written, submitted and approved by the two people, decided at the given time. */
    public void approvedReview(long claimId, Verdict verdict, String author, String deskChief, Instant decidedAt) {
        var writer = users.findByUsername(author).orElseThrow();
        var review = new Review(em.find(Claim.class, claimId), writer);
        review.edit(writer, verdict, "A rationale long enough for the desk to judge it.",
                List.of(new EvidenceSource("https://example.org/source", "Source", null)),
                url -> org.factdesk.review.entity.Snapshot.failed(Instant.now(), "snapshot.unreachable"));
        review.submit(writer);
        review.approve(users.findByUsername(deskChief).orElseThrow());
        em.persist(review);
        em.flush();
        em.createNativeQuery("update review set decided_at = ?1 where id = ?2").setParameter(1, at(decidedAt))
                .setParameter(2, review.getId()).executeUpdate();
    }

    public Instant due(long articleId) {
        return em.createQuery("select a.dueAt from Article a where a.id = :id", Instant.class)
                .setParameter("id", articleId).getSingleResult();
    }

    public long outletIdOf(long articleId) {
        return em.createQuery("select a.outlet.id from Article a where a.id = :id", Long.class)
                .setParameter("id", articleId).getSingleResult();
    }

    public String outletOf(long articleId) {
        return em.createQuery("select a.outlet.name from Article a where a.id = :id", String.class)
                .setParameter("id", articleId).getSingleResult();
    }

    /** Leaves no active admin but the given one, so the last-admin rule can be tried on a shared database. */
    public void onlyActiveAdmin(String username) {
        em.createQuery("select u from User u where u.active = true", User.class).getResultStream()
                .filter(u -> u.hasRole(Role.ADMIN) && !u.getUsername().equals(username))
                .forEach(User::deactivate);
    }

    public List<String> userEvents(long userId) {
        return em.createQuery("select e.action || ' by ' || e.actor from WorkflowEvent e where e.subjectType ="
                        + " org.factdesk.workflow.entity.SubjectType.USER and e.subjectId = :id order by e.id", String.class)
                .setParameter("id", userId).getResultList();
    }

    private static java.time.OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
