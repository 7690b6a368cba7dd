package org.factdesk.search.boundary;

import java.time.Instant;
import java.util.List;

/**
 * One article, claim or review that matched, with its matching passages marked.
 *
 * @param kind    ARTICLE, CLAIM or REVIEW
 * @param id      the id of the article, claim or review itself
 * @param claimId the claim a claim or review hit is about; null for articles
 */
public record SearchHit(String kind, long id, long articleId, Long claimId, List<Marked> heading, List<Marked> excerpt,
                        String outlet, String state, String verdict, Instant date) {

    public SearchHit {
        heading = List.copyOf(heading);
        excerpt = List.copyOf(excerpt);
    }
}
