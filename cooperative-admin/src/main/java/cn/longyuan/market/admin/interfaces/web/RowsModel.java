package cn.longyuan.market.admin.interfaces.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.util.Callbacks.SerializableFunction;
import org.primefaces.util.Callbacks.SerializableSupplier;

/**
 * A lazy data model for the back office's tables: one page of rows at a time, filtered (a column's text contains
 * the filter, case-insensitively) and sorted (numbers as numbers, text in Chinese collation order) by the
 * columns named with {@link #column}, over the rows a service answered for the current user. The service
 * already confines the rows to what she may see; a cooperative's tables are hundreds of rows, not millions, so
 * the rows are read once per view and paged here.
 * <pre>{@code
 * RowsModel<Member> model = new RowsModel<>(() -> records.members(actor), m -> m.id())
 *         .column("displayName", Member::displayName);
 * }</pre>
 * and in the page {@code <p:column field="displayName">}.
 */
public class RowsModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final SerializableSupplier<List<T>> rows;
    private final SerializableFunction<T, Object> key;
    private final Map<String, SerializableFunction<T, Object>> columns = new LinkedHashMap<>();
    /** Read again after the view was restored elsewhere (the rows are not serialisable, and may be stale anyway). */
    private transient List<T> loaded;

    public RowsModel(SerializableSupplier<List<T>> rows, SerializableFunction<T, Object> key) {
        this.rows = rows;
        this.key = key;
    }

    public RowsModel<T> column(String field, SerializableFunction<T, Object> value) {
        columns.put(field, value);
        return this;
    }

    /** Reads the rows again (after a change). */
    public void refresh() {
        loaded = null;
    }

    private List<T> all() {
        if (loaded == null) {
            loaded = rows.get();
        }
        return loaded;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return filtered(filterBy).size();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<T> result = new ArrayList<>(filtered(filterBy));
        Comparator<T> order = null;
        for (SortMeta sort : sortBy.values()) {
            SerializableFunction<T, Object> value = columns.get(sort.getField());
            if (value == null || sort.getOrder() == SortOrder.UNSORTED) {
                continue;
            }
            Comparator<T> by = Comparator.comparing(value::apply, RowsModel::compare);
            if (sort.getOrder() == SortOrder.DESCENDING) {
                by = by.reversed();
            }
            order = order == null ? by : order.thenComparing(by);
        }
        if (order != null) {
            result.sort(order);
        }
        setRowCount(result.size());
        int from = Math.min(first, result.size());
        int to = pageSize <= 0 ? result.size() : Math.min(from + pageSize, result.size());
        return result.subList(from, to);
    }

    private List<T> filtered(Map<String, FilterMeta> filterBy) {
        Predicate<T> keep = row -> true;
        for (FilterMeta filter : filterBy.values()) {
            Object wanted = filter.getFilterValue();
            SerializableFunction<T, Object> value = columns.get(filter.getField());
            if (value == null || wanted == null || wanted.toString().isBlank()) {
                continue;
            }
            String needle = wanted.toString().strip().toLowerCase(Locale.ROOT);
            keep = keep.and(row -> {
                Object v = value.apply(row);
                return v != null && v.toString().toLowerCase(Locale.ROOT).contains(needle);
            });
        }
        return all().stream().filter(keep).toList();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return all().stream()
                .filter(r -> getRowKey(r).equals(rowKey))
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof String s && b instanceof String t) {
            return Collator.getInstance(Locale.CHINA).compare(s, t);
        }
        if (a instanceof Comparable c && a.getClass() == b.getClass()) {
            return c.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }
}
