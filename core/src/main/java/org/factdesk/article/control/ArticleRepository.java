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
import org.factdesk.article.entity.ArticleState;
import org.factdesk.shared.boundary.NotFoundException;

@Dependent
public class ArticleRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    public Article get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("article.notFound", id));
    }

    public void add(Article article) {
        em.persist(article);
    }

    public List<Article> withContentHash(String hash) {
        return em.createNamedQuery("Article.findByContentHash", Article.class).setParameter("hash", hash).getResultList();
    }

    /** Articles sharing at least one LSH band key: an index lookup, not a scan of the whole store. */
    public List<Article> sharingBandKeys(Collection<Long> keys, long excludeId) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Article.findByBandKeys", Article.class)
                .setParameter("keys", keys).setParameter("excludeId", excludeId).getResultList();
    }

    /** Copies the system itself ingested from a file of that name: the demo seeds. */
    public long countSystemIngested(String sourceName) {
        return em.createQuery("select count(a) from Article a where a.sourceName = :name and a.ingestedBy is null", Long.class)
                .setParameter("name", sourceName).getSingleResult();
    }

    /** The other copies of the article's story, oldest first. */
    public List<Article> sameStory(Article article) {
        if (article.getStory() == null) {
            return List.of();
        }
        return em.createQuery("select a from Article a join fetch a.outlet where a.story = :story and a <> :article"
                        + " order by a.ingestedAt, a.id", Article.class)
                .setParameter("story", article.getStory()).setParameter("article", article).getResultList();
    }

    public List<Article> duplicatesOf(long articleId) {
        return em.createQuery("select a from Article a join fetch a.outlet where a.duplicateOf.id = :id order by a.id", Article.class)
                .setParameter("id", articleId).getResultList();
    }

    public List<ArticleRow> page(ArticleFilter filter, int first, int size) {
        var query = em.createQuery("select new org.factdesk.article.boundary.ArticleRow(a.id, coalesce(a.title, substring(a.cleanedText, 1, 120)), o.name, a.publishedOn,"
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
