package org.factdesk.search.control;

import static org.factdesk.search.control.DeskDocument.ARTICLE_ID;
import static org.factdesk.search.control.DeskDocument.AUDIENCE;
import static org.factdesk.search.control.DeskDocument.CLAIM_ID;
import static org.factdesk.search.control.DeskDocument.DATE;
import static org.factdesk.search.control.DeskDocument.KIND;
import static org.factdesk.search.control.DeskDocument.OUTLET;
import static org.factdesk.search.control.DeskDocument.STATE;
import static org.factdesk.search.control.DeskDocument.TEXT;
import static org.factdesk.search.control.DeskDocument.TITLE;
import static org.factdesk.search.control.DeskDocument.VERDICT;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.factdesk.search.boundary.FacetCount;
import org.factdesk.search.boundary.SearchHit;
import org.factdesk.search.boundary.SearchRequest;
import org.factdesk.search.boundary.SearchResult;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;

/** Runs one search over articles, claims and reviews: words, facet filters, who may see what, marked passages, facets. */
@Dependent
public class DeskSearch {

    static final int TITLE_MAX = 300;
    static final int PASSAGE = 200;
    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of(KIND);
    private static final AggregationKey<Map<String, Long>> OUTLETS = AggregationKey.of(OUTLET);
    private static final AggregationKey<Map<String, Long>> STATES = AggregationKey.of(STATE);
    private static final AggregationKey<Map<String, Long>> VERDICTS = AggregationKey.of(VERDICT);
    private static final AggregationKey<Map<Range<Instant>, Long>> AGES = AggregationKey.of(DATE);

    @PersistenceContext
    EntityManager em;

    /**
     * @param audience the values of the audience field the caller may see, or null for everything
     */
    public SearchResult run(SearchRequest request, List<String> audience, ZoneId zone, int first, int size) {
        var ages = AgeBuckets.around(Instant.now(), zone);
        var marks = new Highlights(request.words());
        var result = Search.session(em).search(SearchIndexer.SEARCHABLE)
                .select(f -> f.composite().from(f.field(KIND, String.class), f.id(Long.class), f.field(ARTICLE_ID, Long.class),
                        f.field(CLAIM_ID, Long.class), f.field(TITLE, String.class), f.field(TEXT, String.class),
                        f.field(OUTLET, String.class), f.field(STATE, String.class), f.field(VERDICT, String.class),
                        f.field(DATE, Instant.class)).asList(p -> hit(p, marks)))
                .where(f -> f.bool(b -> conditions(f, b, request, audience, zone)))
                .sort(f -> f.score().then().field(DATE).desc())
                .aggregation(KINDS, f -> f.terms().field(KIND, String.class))
                .aggregation(OUTLETS, f -> f.terms().field(OUTLET, String.class).maxTermCount(15))
                .aggregation(STATES, f -> f.terms().field(STATE, String.class))
                .aggregation(VERDICTS, f -> f.terms().field(VERDICT, String.class))
                .aggregation(AGES, f -> f.range().field(DATE, Instant.class).ranges(ages.values()))
                .fetch(first, size);
        return new SearchResult(result.hits(), result.total().hitCount(), counts(result.aggregation(KINDS)),
                counts(result.aggregation(OUTLETS)), counts(result.aggregation(STATES)), counts(result.aggregation(VERDICTS)),
                ages.counts(result.aggregation(AGES)));
    }

    private static void conditions(SearchPredicateFactory f, BooleanPredicateClausesStep<?> b, SearchRequest request,
                                   List<String> audience, ZoneId zone) {
        if (request.words() == null) {
            b.must(f.matchAll());
        } else {
            b.must(f.simpleQueryString().field(TITLE).boost(2f).field(TEXT).matching(request.words())
                    .defaultOperator(BooleanOperator.AND));
        }
        filter(f, b, KIND, request.kind());
        filter(f, b, OUTLET, request.outlet());
        filter(f, b, STATE, request.state());
        filter(f, b, VERDICT, request.verdict());
        if (request.from() != null) {
            b.filter(f.range().field(DATE).atLeast(request.from().atStartOfDay(zone).toInstant()));
        }
        if (request.to() != null) {
            b.filter(f.range().field(DATE).lessThan(request.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (audience != null) {
            b.filter(f.terms().field(AUDIENCE).matchingAny(audience));
        }
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?> b, String field, String value) {
        if (value != null) {
            b.filter(f.match().field(field).matching(value));
        }
    }

    private static SearchHit hit(List<?> p, Highlights marks) {
        return new SearchHit((String) p.get(0), (Long) p.get(1), (Long) p.get(2), (Long) p.get(3),
                marks.whole((String) p.get(4), TITLE_MAX), marks.passages((String) p.get(5), PASSAGE, 2),
                (String) p.get(6), (String) p.get(7), (String) p.get(8), (Instant) p.get(9));
    }

    private static List<FacetCount> counts(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .toList();
    }
}
