package org.factdesk.ingest.boundary;

import java.util.List;
import org.factdesk.shared.boundary.DeskMessage;

/**
 * What became of one ingested copy.
 *
 * @param duplicateOfId the article this one nearly duplicates, or null
 * @param warnings      what the claim engine warned about, to be read in the reader's language
 */
public record IngestResult(long articleId, String label, String title, int claimCount, Long duplicateOfId,
                           String duplicateOfTitle, Double similarity, List<DeskMessage> warnings) {

    public boolean isDuplicate() {
        return duplicateOfId != null;
    }
}
