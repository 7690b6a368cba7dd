package org.factdesk.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * The version of a resource a client saw, which every change must name: a change without one could undo someone
 * else's newer change unseen. It comes as {@code ?version=} or as an {@code If-Match} entity tag (the version in
 * quotes, as the API's ETags carry it).
 */
final class Versions {

    /** How the OpenAPI description ends the 412 of every change. */
    static final String STALE = " (If-Match or ?version=), or If-Match holds no version; nothing written";

    private Versions() {
    }

    /** The entity tag of a resource at this version: what a client sends back as {@code If-Match}. */
    static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A 200 answer carrying the resource and its version as the ETag. */
    static Response tagged(Object entity, long version) {
        return Response.ok(entity).tag(tag(version)).build();
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
