package org.factdesk.search.boundary;

import java.util.List;

/**
 * One page of hits, the total, and the facets counted over all hits: by kind, outlet, state, verdict and age
 * (TODAY, WEEK, MONTH, OLDER: the day, the six days before it, the 23 days before those, and everything earlier).
 */
public record SearchResult(List<SearchHit> hits, long total, List<FacetCount> kinds, List<FacetCount> outlets,
                           List<FacetCount> states, List<FacetCount> verdicts, List<FacetCount> ages) {

    public SearchResult {
        hits = List.copyOf(hits);
        kinds = List.copyOf(kinds);
        outlets = List.copyOf(outlets);
        states = List.copyOf(states);
        verdicts = List.copyOf(verdicts);
        ages = List.copyOf(ages);
    }

    public static SearchResult none() {
        return new SearchResult(List.of(), 0, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
