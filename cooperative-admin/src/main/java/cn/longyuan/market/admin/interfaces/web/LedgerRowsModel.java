package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.stock.StockQueries;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A product's stock ledger as the stock page's table shows it: one page of rows at a time from the database, newest
 * first, each with the running balance the database computed over the whole ledger; an export (page size 0) holds
 * the newest {@link StockQueries#MAX_LEDGER_PAGE}.
 */
public class LedgerRowsModel extends LazyDataModel<StockQueries.LedgerRow> {

    private static final long serialVersionUID = 1L;

    /** Rows {@code first} to {@code first + size} of the ledger, and how many there are. */
    @FunctionalInterface
    public interface Ledger extends Serializable {
        StockQueries.LedgerPage rows(int first, int size);
    }

    private final Ledger ledger;

    public LedgerRowsModel(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return rowCount(ledger.rows(0, 1));
    }

    @Override
    public List<StockQueries.LedgerRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        StockQueries.LedgerPage page = ledger.rows(
                first, pageSize <= 0 ? StockQueries.MAX_LEDGER_PAGE : Math.min(pageSize, StockQueries.MAX_LEDGER_PAGE));
        setRowCount(rowCount(page));
        return page.items();
    }

    private static int rowCount(StockQueries.LedgerPage page) {
        return (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    @Override
    public String getRowKey(StockQueries.LedgerRow row) {
        return String.valueOf(row.movement().id());
    }

    @Override
    public StockQueries.LedgerRow getRowData(String rowKey) {
        return null;
    }
}
