package org.factdesk.web.api;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.ingest.boundary.IngestResult;

/** What became of an ingested copy: the stored article, and the article it nearly duplicates, if any. */
@Schema(name = "Ingested")
public record IngestedJson(long articleId, String title, int claimCount, Long duplicateOfId, Double similarity,
                           List<String> warnings) {

    /** @param language the language the engine's warnings are written in */
    static IngestedJson of(IngestResult result, Locale language) {
        return new IngestedJson(result.articleId(), result.title(), result.claimCount(), result.duplicateOfId(),
                result.similarity(), result.warnings().stream().map(w -> w.in(language)).toList());
    }
}
