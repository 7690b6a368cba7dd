package org.factdesk.web.shared;

import java.util.List;
import java.util.Map;
import org.factdesk.shared.boundary.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table model over a boundary's paged query: the table fetches one page at a time, never the whole list.
 *
 * @param <T> the row type
 */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Fetches rows from {@code first}, at most {@code size} of them. */
    @FunctionalInterface
    public interface Fetch<T> extends java.io.Serializable {
        Page<T> page(int first, int size);
    }

    /** The stable key of a row, for selection. */
    @FunctionalInterface
    public interface Key<T> extends java.io.Serializable {
        String of(T row);
    }

    private final Fetch<T> fetch;
    private final Key<T> key;

    public PagedRows(Fetch<T> fetch, Key<T> key) {
        this.fetch = fetch;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch.page(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var page = fetch.page(first, pageSize);
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : ((List<T>) getWrappedData()).stream().filter(r -> key.of(r).equals(rowKey)).findFirst().orElse(null);
    }
}
