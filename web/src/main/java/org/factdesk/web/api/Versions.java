package org.factdesk.web.api;

import jakarta.ws.rs.core.Response;

/**
 * The version of a resource a client saw, which every change must name: a change without one could undo someone
 * else's newer change unseen. It comes as {@code ?version=} or as an {@code If-Match} entity tag (the version in
 * quotes, as the API's ETags carry it).
 */
final class Versions {

    private Versions() {
    }

    static long required(Long version, String ifMatch) {
        if (version != null) {
            return version;
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiRefusal(Response.Status.PRECONDITION_REQUIRED, "api.versionMissing");
        }
        var tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ApiRefusal(Response.Status.PRECONDITION_FAILED, "api.versionUnreadable", ifMatch);
        }
    }
}
