package org.factdesk.article.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.article.boundary.ArticleFilter;
import org.factdesk.article.boundary.ArticleRow;
import org.factdesk.article.entity.Article;
import org.factdesk.article.entity.ArticleLink;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.article.entity.Fingerprint;
import org.factdesk.article.entity.StoredLines;
import org.factdesk.outlet.entity.Outlet;
import org.factdesk.shared.boundary.NotFoundException;
import org.factdesk.shared.boundary.StaleVersionException;

@Dependent
public class ArticleRepository {

    static final int MAX_CANDIDATES = 200;
    static final int MAX_LINKS = 100;

    @PersistenceContext
    EntityManager em;

    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    public Article get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("article.notFound", id));
    }

    /** The article as the caller last saw it: refused, with nothing written, if someone changed it since. */
    public Article getAsSeen(long id, long expectedVersion) {
        var article = get(id);
        if (article.getVersion() != expectedVersion) {
            throw new StaleVersionException("article.changedMeanwhile");
        }
        return article;
    }

    public void add(Article article) {
        em.persist(article);
    }

    /** The outlet's stored copy with exactly this cleaned text, if it has one. */
    public Optional<ArticleLink> sameCopy(Outlet outlet, String hash) {
        return em.createNamedQuery("Article.linkBySameCopy", ArticleLink.class).setParameter("hash", hash)
                .setParameter("outlet", outlet).setMaxResults(1).getResultStream().findFirst();
    }

    /** The first other article with exactly this text, by its fingerprint only: no text is read. */
    public Optional<Fingerprint> firstWithContentHash(String hash, long excludeId) {
        return em.createNamedQuery("Article.fingerprintsByContentHash", Fingerprint.class).setParameter("hash", hash)
                .setParameter("excludeId", excludeId).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The lines of the outlet's latest articles, newest first, first copies only (a duplicate prints what its
     * original prints): at most {@code max} rows, each bounded in bytes by {@link StoredLines}.
     */
    public List<StoredLines> linesOfOutlet(Outlet outlet, long excludeId, int max) {
        return em.createNamedQuery("Article.linesOfOutlet", StoredLines.class).setParameter("outlet", outlet)
                .setParameter("excludeId", excludeId).setMaxResults(max).getResultList();
    }

    /**
     * Fingerprints of articles sharing at least one LSH band key: an index lookup, not a scan of the whole store,
     * and at most {@value #MAX_CANDIDATES} of them however many copies of a text the desk holds.
     */
    public List<Fingerprint> sharingBandKeys(Collection<Long> keys, long excludeId) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Article.fingerprintsByBandKeys", Fingerprint.class)
                .setParameter("keys", keys).setParameter("excludeId", excludeId).setMaxResults(MAX_CANDIDATES).getResultList();
    }

    /** Copies the system itself ingested from a file of that name: the demo seeds. */
    public long countSystemIngested(String sourceName) {
        return em.createNamedQuery("Article.countSystemIngested", Long.class)
                .setParameter("name", sourceName).getSingleResult();
    }

    /** The other copies of the article's story, oldest first; the article page lists at most {@value #MAX_LINKS}. */
    public List<ArticleLink> sameStory(Article article) {
        if (article.getStory() == null) {
            return List.of();
        }
        return em.createNamedQuery("Article.linksByStory", ArticleLink.class).setParameter("story", article.getStory())
                .setParameter("excludeId", article.getId()).setMaxResults(MAX_LINKS).getResultList();
    }

    public List<ArticleLink> duplicatesOf(long articleId) {
        return em.createNamedQuery("Article.linksByOriginal", ArticleLink.class).setParameter("id", articleId)
                .setMaxResults(MAX_LINKS).getResultList();
    }

    public List<ArticleRow> page(ArticleFilter filter, int first, int size) {
        var query = em.createQuery("select new org.factdesk.article.boundary.ArticleRow(a.id, a.heading, o.name, a.publishedOn,"
                + " a.ingestedAt, a.state, (select count(c) from Claim c where c.article = a), a.duplicateOf.id)"
                + " from Article a join a.outlet o left join a.duplicateOf" + where(filter)
                + " order by a.ingestedAt desc, a.id desc", ArticleRow.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(ArticleFilter filter) {
        var query = em.createQuery("select count(a) from Article a join a.outlet o" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    public Map<ArticleState, Long> countByState() {
        var counts = new EnumMap<ArticleState, Long>(ArticleState.class);
        for (var state : ArticleState.values()) {
            counts.put(state, 0L);
        }
        for (var row : em.createNamedQuery("Article.countByState", Object[].class).getResultList()) {
            counts.put((ArticleState) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static String where(ArticleFilter filter) {
        var conditions = new ArrayList<String>();
        if (filter.state() != null) {
            conditions.add("a.state = :state");
        }
        if (filter.outletId() != null) {
            conditions.add("o.id = :outletId");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(jakarta.persistence.TypedQuery<?> query, ArticleFilter filter) {
        if (filter.state() != null) {
            query.setParameter("state", filter.state());
        }
        if (filter.outletId() != null) {
            query.setParameter("outletId", filter.outletId());
        }
    }
}
