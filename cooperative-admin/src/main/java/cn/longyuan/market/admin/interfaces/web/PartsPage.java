package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.ordering.OrderFulfilment;
import cn.longyuan.market.application.ordering.OrderFulfilment.PartRow;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.ordering.PartStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The cooperative's parts of orders, filtered by status and order number, newest first, paged in the database. */
@Named
@ViewScoped
public class PartsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderFulfilment fulfilment;

    @Inject
    private Instance<Actor> actor;

    private LazyDataModel<PartRow> model;

    @PostConstruct
    void init() {
        model = new Model();
    }

    public LazyDataModel<PartRow> getModel() {
        return model;
    }

    public PartStatus[] getStatuses() {
        return PartStatus.values();
    }

    private final class Model extends LazyDataModel<PartRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) fulfilment
                    .parts(actor.get(), status(filterBy), number(filterBy), true, 0, 1)
                    .total();
        }

        @Override
        public List<PartRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            boolean newestFirst = sortBy.values().stream().noneMatch(s -> s.getOrder() == SortOrder.ASCENDING);
            OrderFulfilment.PartPage page =
                    fulfilment.parts(actor.get(), status(filterBy), number(filterBy), newestFirst, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(PartRow row) {
            return row.orderNumber() + "/" + row.cooperativeId();
        }

        @Override
        public PartRow getRowData(String rowKey) {
            return null;
        }

        private static PartStatus status(Map<String, FilterMeta> filterBy) {
            FilterMeta meta = filterBy.get("status");
            if (meta == null
                    || meta.getFilterValue() == null
                    || meta.getFilterValue().toString().isBlank()) {
                return null;
            }
            try {
                return PartStatus.valueOf(meta.getFilterValue().toString());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static String number(Map<String, FilterMeta> filterBy) {
            FilterMeta meta = filterBy.get("number");
            return meta == null || meta.getFilterValue() == null
                    ? null
                    : meta.getFilterValue().toString();
        }
    }
}
