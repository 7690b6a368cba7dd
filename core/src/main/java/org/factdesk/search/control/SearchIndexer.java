package org.factdesk.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.entity.Claim;
import org.factdesk.review.entity.Review;
import org.hibernate.search.mapper.orm.Search;

/**
 * Fills an empty search index from the database at start-up: on the very first start, after an upgrade that
 * brought search, or after someone deleted the index folder to rebuild it. The work runs in the background, so the
 * desk is usable at once; until it finishes, searches find only what is indexed so far. From then on every
 * committed change is indexed as it happens.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoData"})
public class SearchIndexer {

    static final List<Class<?>> SEARCHABLE = List.of(Article.class, Claim.class, Review.class);
    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory emf;

    @PostConstruct
    void indexIfEmpty() {
        rebuildIfEmpty();
    }

    /** Starts rebuilding the index when it holds nothing while the database holds articles; completes when done. */
    public CompletionStage<?> rebuildIfEmpty() {
        var documents = Search.session(em).search(SEARCHABLE).where(f -> f.matchAll()).fetchTotalHitCount();
        var articles = em.createNamedQuery("Article.count", Long.class).getSingleResult();
        if (documents > 0 || articles == 0) {
            LOG.info(() -> "Search index holds " + documents + " documents; no rebuild needed");
            return CompletableFuture.completedFuture(null);
        }
        LOG.info(() -> "Search index is empty: indexing " + articles + " articles with their claims and reviews in the background");
        var started = System.nanoTime();
        return Search.mapping(emf).scope(SEARCHABLE).massIndexer()
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(25)
                .start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.SEVERE, "Building the search index failed; delete the index folder and restart to try again", failure);
                    } else {
                        LOG.info(() -> "Search index built in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                    }
                });
    }
}
