package org.factdesk.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.article.boundary.IngestResult;

/** What became of an ingested copy: the stored article, and the article it nearly duplicates, if any. */
@Schema(name = "Ingested")
public record IngestedJson(long articleId, String title, int claimCount, Long duplicateOfId, Double similarity,
                           List<String> warnings) {

    static IngestedJson of(IngestResult result) {
        return new IngestedJson(result.articleId(), result.title(), result.claimCount(), result.duplicateOfId(),
                result.similarity(), result.warnings());
    }
}
