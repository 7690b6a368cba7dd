package org.factdesk.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.factdesk.claim.entity.Claim;
import org.factdesk.ingest.boundary.IngestRequest;
import org.factdesk.ingest.control.Ingest;
import org.factdesk.user.control.PasswordHashing;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;

/** Each IT makes its own staff and articles with unique names, so tests share nothing and need no order. */
@Stateless
@PermitAll
public class Fixtures {

    public static final String PASSWORD = "it-password-1";
    private static final String HASH = PasswordHashing.hash(PASSWORD);

    @Inject
    UserRepository users;

    @Inject
    Ingest ingest;

    @PersistenceContext
    EntityManager em;

    public String user(String prefix, Role role) {
        var name = prefix + "-" + unique();
        users.add(new User(name, "IT " + name, HASH, EnumSet.of(role)));
        return name;
    }

    public long userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    /** As if the account had failed ten logins in a row just now: locked until the given moment. */
    public void lockLogins(String username, java.time.Instant until) {
        var throttle = new org.factdesk.user.entity.LoginThrottle(org.factdesk.user.entity.LoginThrottle.Policy.ACCOUNT.subject(username));
        var locked = until.minus(org.factdesk.user.entity.LoginThrottle.Policy.LOCK);
        for (var i = 0; i < 10; i++) {
            throttle.failed(org.factdesk.user.entity.LoginThrottle.Policy.ACCOUNT, locked);
        }
        em.persist(throttle);
    }

    /** A fresh article, unlike any other, with one quoted claim; returns its id. */
    public long article() {
        var minister = "Minister " + uniqueName();
        var text = "Schools plan announced\n\n"
                + minister + " announced a national schools programme on Monday in the capital.\n\n"
                + "\"We will build 40 new schools by 2027,\" " + minister + " told reporters at the press conference.\n\n"
                + "The opposition said the programme would cost 3.5 billion euros and questioned the timetable.\n";
        return ingest.ingest(new IngestRequest("IT Outlet " + unique(), null, "it-" + unique() + ".txt",
                text.getBytes(StandardCharsets.UTF_8)), null).articleId();
    }

    /** The seed's article under that outlet: stored now, or the one an earlier test stored, since it is refused twice. */
    public long ingestSeed(String file, String outlet) {
        try (var in = getClass().getClassLoader().getResourceAsStream("org/factdesk/demo/seeds/" + file)) {
            return ingest.ingest(new IngestRequest(outlet, null, file, in.readAllBytes()), null).articleId();
        } catch (org.factdesk.ingest.boundary.AlreadyStoredException e) {
            return e.storedArticleId();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public List<Long> claimIds(long articleId) {
        return em.createQuery("select c.id from Claim c where c.article.id = :id order by c.startOffset", Long.class)
                .setParameter("id", articleId).getResultList();
    }

    public Claim claim(long claimId) {
        return em.find(Claim.class, claimId);
    }

    /** Who a claim is assigned to, or null. */
    public String assigneeOf(long claimId) {
        var assignee = em.find(Claim.class, claimId).getAssignee();
        return assignee == null ? null : assignee.getUsername();
    }

    public long eventCount(long articleId) {
        return em.createQuery("select count(e) from WorkflowEvent e where e.articleId = :id", Long.class)
                .setParameter("id", articleId).getSingleResult();
    }

    public long articleCount() {
        return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }

    /** A capitalised made-up surname of letters only, as a name in a news text would be. */
    public static String uniqueName() {
        var letters = new StringBuilder();
        for (var c : unique().toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }

    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
