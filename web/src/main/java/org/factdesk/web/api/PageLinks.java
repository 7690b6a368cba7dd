package org.factdesk.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.shared.boundary.Page;
import org.factdesk.web.shared.ServerSettings;

/**
 * Links (RFC 8288) from a page of a list to its first, previous, next and last pages, on every answer that is an
 * {@link ApiPage}, so that a client walks a list by following {@code rel="next"} instead of counting offsets. A link
 * keeps the request's path and query parameters, with {@code first} and {@code size} set, on the configured public
 * address like every other absolute link of the API (never the request's Host header).
 */
@Provider
public class PageLinks implements ContainerResponseFilter {

    /** How the OpenAPI description names the header on every paged list. */
    static final String DESCRIPTION = "RFC 8288 links to the first, previous (unless this is the first), next (unless"
            + " this is the last) and last page, with the same query parameters";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !(response.getEntity() instanceof ApiPage<?> page)) {
            return;
        }
        var uri = request.getUriInfo();
        var query = uri.getQueryParameters();
        var address = ServerSettings.current().publicUrl() + "api/" + uri.getPath(false).replaceFirst("^/+", "");
        for (var link : of(address, query, page.first(), Page.clampSize(size(query.getFirst("size"))), page.total())) {
            response.getHeaders().add(HttpHeaders.LINK, link);
        }
    }

    /**
     * The Link header values for the page starting at {@code first} of a list of {@code total} items, {@code size}
     * to a page. The last page is the one that following next from this page ends on.
     */
    static List<String> of(String address, Map<String, List<String>> query, int first, int size, long total) {
        long start = Math.max(0, first);
        long last = last(start, size, total);
        var links = new ArrayList<String>();
        links.add(link(address, query, 0, size, "first"));
        if (start > 0) {
            // from past the end, the previous page is the last one that has items
            links.add(link(address, query, Math.max(0, Math.min(start - size, last)), size, "prev"));
        }
        if (start + size < total) {
            links.add(link(address, query, start + size, size, "next"));
        }
        links.add(link(address, query, last, size, "last"));
        return links;
    }

    private static long last(long start, int size, long total) {
        if (total <= 0) {
            return 0;
        }
        if (start < total) {
            return start + (total - 1 - start) / size * size;
        }
        return (total - 1) / size * size;
    }

    private static String link(String address, Map<String, List<String>> query, long first, int size, String rel) {
        var target = new StringBuilder(address).append('?');
        query.forEach((name, values) -> {
            if (!name.equals("first") && !name.equals("size")) {
                values.forEach(value -> target.append(encoded(name)).append('=').append(encoded(value)).append('&'));
            }
        });
        target.append("first=").append(first).append("&size=").append(size);
        return "<" + target + ">; rel=\"" + rel + "\"";
    }

    /** A query name or value percent-encoded, so that no character of it can end the link or the header. */
    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The page size the request asked for; JAX-RS already refused one that is no number. */
    private static int size(String requested) {
        if (requested == null) {
            return Integer.parseInt(ApiPage.DEFAULT_SIZE);
        }
        try {
            return Integer.parseInt(requested);
        } catch (NumberFormatException e) {
            return Integer.parseInt(ApiPage.DEFAULT_SIZE);
        }
    }
}
