package org.factdesk.article.boundary;

import java.util.List;

/**
 * What became of one ingested copy.
 *
 * @param duplicateOfId the article this one nearly duplicates, or null
 */
public record IngestResult(long articleId, String label, String title, int claimCount, Long duplicateOfId,
                           String duplicateOfTitle, Double similarity, List<String> warnings) {

    public boolean isDuplicate() {
        return duplicateOfId != null;
    }
}
