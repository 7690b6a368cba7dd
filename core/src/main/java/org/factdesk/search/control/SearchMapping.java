package org.factdesk.search.control;

import java.util.List;
import java.util.function.Function;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.entity.Claim;
import org.factdesk.review.entity.Review;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/**
 * Which entities are searchable and what their documents hold, kept here rather than as annotations on the
 * entities so that search stays one component. Each entity is reindexed when one of the properties listed for it
 * changes; the values it borrows from related rows (outlet name, article title, claim text, author) never change
 * once written.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var mapping = context.programmaticMapping();
        mapping.type(Article.class).indexed().index("article");
        mapping.type(Article.class).binder(new Binder<>(Article.class, DeskDocuments::of,
                List.of("title", "cleanedText", "state", "ingestedAt")));
        mapping.type(Claim.class).indexed().index("claim");
        mapping.type(Claim.class).binder(new Binder<>(Claim.class, DeskDocuments::of, List.of("text", "speaker", "state")));
        mapping.type(Review.class).indexed().index("review");
        mapping.type(Review.class).binder(new Binder<>(Review.class, DeskDocuments::of,
                List.of("verdict", "rationale", "state", "updatedAt")));
    }

    private record Binder<T>(Class<T> type, Function<T, DeskDocument> document, List<String> dependencies)
            implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            var dependencyContext = context.dependencies();
            dependencies.forEach(dependencyContext::use);
            var fields = DeskDocument.Fields.declare(context);
            context.bridge(type, (target, entity, writeContext) -> fields.write(target, document.apply(entity)));
        }
    }
}
