package org.factdesk.web.shared;

import org.omnifaces.util.Faces;

/** Answers a page request for something that does not exist with a real 404, not an empty page. */
public final class NotFound {

    private NotFound() {
    }

    public static void respond() {
        Faces.responseSendError(404, "Not found");
        Faces.responseComplete();
    }
}
