package org.factdesk.publication.boundary;

import org.factdesk.newsroom.boundary.NewsroomProfile;
import org.factdesk.shared.boundary.Page;

/**
 * One page of the public index, newest first, and the newsroom that signs it.
 *
 * @param words the search words that were applied, joined by spaces; empty for the whole index
 */
public record PublicIndex(Page<FactCheckSummary> page, int first, int pageSize, String words, NewsroomProfile newsroom) {

    public boolean isSearch() {
        return !words.isEmpty();
    }
}
