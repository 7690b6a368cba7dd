package org.factdesk.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.entity.Claim;
import org.factdesk.review.entity.Review;
import org.hibernate.search.mapper.orm.Search;

/** Empties the search index, as deleting the index folder would, so an IT can watch it being rebuilt. */
@Stateless
@PermitAll
public class SearchIndexes {

    @PersistenceUnit
    EntityManagerFactory emf;

    public void purge() {
        var workspace = Search.mapping(emf).scope(List.of(Article.class, Claim.class, Review.class)).workspace();
        workspace.purge();
        workspace.refresh();
    }
}
