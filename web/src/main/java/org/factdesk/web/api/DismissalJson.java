package org.factdesk.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the desk sets a claim aside: a fragment, the same quote twice, nothing checkable. */
@Schema(name = "Dismissal")
public record DismissalJson(String reason) {
}
