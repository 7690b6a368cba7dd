package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A public correction of one claim's verdict or rationale, with the note readers see. */
@Schema(name = "Correction")
public record CorrectionJson(long claimId, @Schema(description = "The corrected verdict's name") String verdict,
                             String rationale, @Schema(description = "What was corrected and why, shown to readers") String note) {
}
