package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.CatalogQueries;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.backoffice.BackOfficeOrders;
import cn.longyuan.market.application.backoffice.OrderFilter;
import cn.longyuan.market.application.report.ChainReport;
import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PartStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The orders list of {@code /admin/orders.xhtml}: the orders the user handles, newest first, one page at a time from
 * the database. The search and filters (status, days placed, cooperative for federation staff, product) are applied
 * with the button and kept for the view; the exports hold every row they keep (up to {@link #MAX_EXPORT}).
 */
@Named
@ViewScoped
public class OrderListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The most rows an export holds. */
    public static final int MAX_EXPORT = 10_000;

    private static final String TABLE = "orderList:orders";

    @Inject
    private BackOfficeOrders orders;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private ChainReport report;

    @Inject
    private BackOfficeUser user;

    private String text;
    private OrderStatus status;
    private LocalDate from;
    private LocalDate to;
    private Long cooperativeId;
    private Long productId;
    /** The filter the table shows: the last one applied that was right. */
    private OrderFilter filter = OrderFilter.ANY;

    private final LazyDataModel<Row> model = new Model();
    private transient List<Choice> cooperatives;
    private transient List<Choice> products;
    private transient Long productsOf;

    /** One order as the list shows it (kept with the view, so plain values). */
    public record Row(
            String number,
            Instant placedAt,
            OrderStatus status,
            PaymentMethod paymentMethod,
            String total,
            String buyer,
            List<Part> parts)
            implements Serializable {}

    public record Part(long cooperativeId, PartStatus status) implements Serializable {}

    private static Row row(CustomerOrder o) {
        return new Row(
                o.number(),
                o.placedAt(),
                o.status(),
                o.paymentMethod(),
                o.total().toDecimalString(),
                o.contact().name(),
                o.parts().stream()
                        .map(p -> new Part(p.cooperativeId(), p.status()))
                        .toList());
    }

    /** Applies the typed filter; a wrong one is shown next to its field and the table keeps the last right one. */
    public void apply() {
        try {
            filter = OrderFilter.of(text, status, from, to, user.isFederation() ? cooperativeId : null, productId);
            if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
                table.setFirst(0);
            }
        } catch (RequestRefusedException e) {
            Refusals.show(e, "orderList");
        }
    }

    /** Federation staff's choice of cooperative changes the products to choose from. */
    public void cooperativeChosen() {
        productId = null;
    }

    public LazyDataModel<Row> getModel() {
        return model;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    /** A cooperative or a product to choose, by id (the type of the field it fills). */
    public record Choice(Long id, String name) {}

    /** The cooperatives federation staff filter by (nobody else chooses one), read once for the view. */
    public List<Choice> getCooperatives() {
        if (cooperatives == null) {
            cooperatives = user.isFederation()
                    ? report.cooperatives().stream()
                            .map(c -> new Choice(
                                    Long.valueOf(c.value()), c.label().zh()))
                            .toList()
                    : List.of();
        }
        return cooperatives;
    }

    /** A manager's products; federation staff's of the cooperative chosen; read again when the choice changes. */
    public List<Choice> getProducts() {
        if (products == null || !java.util.Objects.equals(productsOf, cooperativeId)) {
            productsOf = cooperativeId;
            products = orders.productChoices(user.actor(), cooperativeId).stream()
                    .map(p -> new Choice(p.id(), p.name().zh()))
                    .toList();
        }
        return products;
    }

    /** The order's parts as one text, for the exports: "cooperative: status; …". */
    public String partsText(Row order) {
        return order.parts().stream()
                .map(p -> cooperativeName(p.cooperativeId()) + ": " + PageMessages.text("part." + p.status()))
                .collect(Collectors.joining("; "));
    }

    public String cooperativeName(long id) {
        return catalog.cooperativeName(id).zh();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getCooperativeId() {
        return cooperativeId;
    }

    public void setCooperativeId(Long cooperativeId) {
        this.cooperativeId = cooperativeId;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    private final class Model extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(
                    Integer.MAX_VALUE,
                    orders.filtered(user.actor(), filter, 0, 1).total());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            BackOfficeOrders.OrderPage page = orders.filtered(
                    user.actor(), filter, first, pageSize <= 0 ? MAX_EXPORT : Math.min(pageSize, MAX_EXPORT));
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items().stream().map(OrderListPage::row).toList();
        }

        @Override
        public String getRowKey(Row order) {
            return order.number();
        }

        @Override
        public Row getRowData(String rowKey) {
            return null;
        }
    }
}
