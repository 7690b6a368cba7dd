package org.factdesk.web.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.shared.boundary.Page;

/** One page of a list: ask for the next with {@code first = first + rows.size()} while it is below total. */
@Schema(name = "Page", description = "One page of a list, with the total number of items")
public record ApiPage<T>(int first, int size, long total, List<T> rows) {

    static <S, T> ApiPage<T> of(Page<S> page, int first, Function<S, T> mapping) {
        return new ApiPage<>(Math.max(0, first), page.rows().size(), page.total(), page.rows().stream().map(mapping).toList());
    }
}
