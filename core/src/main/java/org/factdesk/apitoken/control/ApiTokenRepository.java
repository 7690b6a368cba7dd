package org.factdesk.apitoken.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.apitoken.entity.ApiToken;
import org.factdesk.shared.boundary.NotFoundException;

@Dependent
public class ApiTokenRepository {

    /** Last use is recorded at this granularity, so a busy client does not write on every request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    public void add(ApiToken token) {
        em.persist(token);
    }

    public ApiToken get(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id)).orElseThrow(() -> new NotFoundException("token.notFound", id));
    }

    public Optional<ApiToken> findByHash(String hash) {
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public List<ApiToken> page(int first, int size) {
        return em.createNamedQuery("ApiToken.withUserNewestFirst", ApiToken.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count() {
        return em.createNamedQuery("ApiToken.count", Long.class).getSingleResult();
    }

    /** A bulk update without a version check: concurrent requests on one token must not conflict over this. */
    public void touch(long id, Instant now) {
        em.createNamedQuery("ApiToken.touchLastUsed")
                .setParameter("now", now).setParameter("id", id).setParameter("cutoff", now.minus(LAST_USE_PRECISION))
                .executeUpdate();
    }

    public List<String> activeUsernamesStartingWith(String prefix, int max) {
        return em.createNamedQuery("User.activeUsernamesStartingWith", String.class)
                .setParameter("prefix", likePrefix(prefix))
                .setMaxResults(max).getResultList();
    }

    private static String likePrefix(String prefix) {
        var plain = prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT);
        return plain.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
