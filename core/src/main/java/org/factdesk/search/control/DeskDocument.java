package org.factdesk.search.control;

import java.time.Instant;
import java.util.List;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;

/**
 * The one document shape shared by articles, claims and reviews, so that a single query, its facets and its
 * highlights work across all three. Every index declares exactly these fields, through this class only.
 *
 * @param kind     ARTICLE, CLAIM or REVIEW
 * @param title    what a hit is headed with: the article title, or the claim text
 * @param text     the body: the article's cleaned text, the claim's speaker and article, the review's rationale
 * @param audience who may find it: "staff", or "author:<username>" for a review still in its author's hands
 * @param date     when it reached the desk (articles, claims) or was last worked on (reviews)
 */
public record DeskDocument(String kind, String title, String text, String outlet, String state, String verdict,
                           String audience, Instant date, long articleId, Long claimId) {

    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String OUTLET = "outlet";
    static final String STATE = "state";
    static final String VERDICT = "verdict";
    static final String AUDIENCE = "audience";
    static final String DATE = "date";
    static final String ARTICLE_ID = "articleId";
    static final String CLAIM_ID = "claimId";
    static final String STAFF = "staff";

    static String authorOnly(String username) {
        return "author:" + username;
    }

    /** The audiences a member of staff belongs to: all staff, and the author of their own drafts. */
    public static List<String> readableBy(String username) {
        return List.of(STAFF, authorOnly(username));
    }

    /** The index fields, declared once per index with identical settings. */
    record Fields(IndexFieldReference<String> kind, IndexFieldReference<String> title, IndexFieldReference<String> text,
                  IndexFieldReference<String> outlet, IndexFieldReference<String> state,
                  IndexFieldReference<String> verdict, IndexFieldReference<String> audience,
                  IndexFieldReference<Instant> date, IndexFieldReference<Long> articleId,
                  IndexFieldReference<Long> claimId) {

        static Fields declare(TypeBindingContext context) {
            var types = context.typeFactory();
            var schema = context.indexSchemaElement();
            var words = types.asString().analyzer(SearchAnalysis.DESK_TEXT).projectable(Projectable.YES).toIndexFieldType();
            var facet = types.asString().projectable(Projectable.YES).aggregable(Aggregable.YES).toIndexFieldType();
            var reference = types.asLong().projectable(Projectable.YES).searchable(Searchable.NO).toIndexFieldType();
            return new Fields(schema.field(KIND, facet).toReference(), schema.field(TITLE, words).toReference(),
                    schema.field(TEXT, words).toReference(), schema.field(OUTLET, facet).toReference(),
                    schema.field(STATE, facet).toReference(), schema.field(VERDICT, facet).toReference(),
                    schema.field(AUDIENCE, types.asString()).toReference(),
                    schema.field(DATE, types.asInstant().projectable(Projectable.YES).aggregable(Aggregable.YES)
                            .sortable(Sortable.YES)).toReference(),
                    schema.field(ARTICLE_ID, reference).toReference(), schema.field(CLAIM_ID, reference).toReference());
        }

        void write(DocumentElement target, DeskDocument document) {
            target.addValue(kind, document.kind());
            target.addValue(title, document.title());
            target.addValue(text, document.text());
            target.addValue(outlet, document.outlet());
            target.addValue(state, document.state());
            target.addValue(verdict, document.verdict());
            target.addValue(audience, document.audience());
            target.addValue(date, document.date());
            target.addValue(articleId, document.articleId());
            target.addValue(claimId, document.claimId());
        }
    }
}
