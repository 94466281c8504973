package cn.longyuan.market.admin.interfaces.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.util.Callbacks.SerializableFunction;

/**
 * A table paged in the database: each page's rows and the total come from a service for the filter the page applied
 * (the service keeps the rows within the user's reach), as plain values kept with the view; an export (page size 0)
 * holds every row up to {@link #MAX_EXPORT}. The table's own sorting and column filters are not used.
 */
public class PagedRowsModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;
    /** The most rows an export holds. */
    public static final int MAX_EXPORT = 10_000;

    /** A page of rows and how many rows there are in all. */
    public record Rows<T>(List<T> items, long total) {}

    /** Rows {@code first} to {@code first + size} of what the table shows, and how many there are. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Rows<T> rows(int first, int size);
    }

    private final Source<T> source;
    private final SerializableFunction<T, String> key;

    public PagedRowsModel(Source<T> source, SerializableFunction<T, String> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return rowCount(source.rows(0, 1));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Rows<T> page = source.rows(first, pageSize <= 0 ? MAX_EXPORT : Math.min(pageSize, MAX_EXPORT));
        setRowCount(rowCount(page));
        return page.items();
    }

    private static int rowCount(Rows<?> page) {
        return (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
