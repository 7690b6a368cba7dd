package org.factdesk.web.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewToken", description = "A token to issue for a member of staff")
public record NewTokenJson(@Schema(required = true, example = "jane") String username,
                           @Schema(required = true, example = "Wire importer") String label,
                           @Schema(description = "The last day the token works; none for a token that does not expire")
                           LocalDate expiresOn) {
}
