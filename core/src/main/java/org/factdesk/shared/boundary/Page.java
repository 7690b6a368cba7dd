package org.factdesk.shared.boundary;

import java.util.List;

/** One page of a long list, with the total so a table can show its pager. */
public record Page<T>(List<T> rows, long total) {

    public static final int MAX_PAGE_SIZE = 200;

    public Page {
        rows = List.copyOf(rows);
    }

    public static int clampSize(int pageSize) {
        return Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    }
}
