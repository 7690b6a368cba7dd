package org.factdesk.web.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.shared.boundary.Page;

/**
 * One page of a list: ask for the next with {@code first = first + rows.size()} while it is below total, or follow
 * the answer's {@code Link: <...>; rel="next"} ({@link PageLinks}).
 */
@Schema(name = "Page", description = "One page of a list, with the total number of items")
public record ApiPage<T>(int first, int size, long total, List<T> rows) {

    /** Rows to a page when the client names no {@code size}; at most {@link Page#MAX_PAGE_SIZE} in any case. */
    static final String DEFAULT_SIZE = "20";

    static <S, T> ApiPage<T> of(Page<S> page, int first, Function<S, T> mapping) {
        return new ApiPage<>(Math.max(0, first), page.rows().size(), page.total(), page.rows().stream().map(mapping).toList());
    }
}
