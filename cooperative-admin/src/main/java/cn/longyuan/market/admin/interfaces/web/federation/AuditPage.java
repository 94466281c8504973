package cn.longyuan.market.admin.interfaces.web.federation;

import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.Refusals;
import cn.longyuan.market.application.audit.AuditTrail;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit trail ({@code /admin/audit.xhtml}, federation staff only; web.xml admits no other role): who, what, when,
 * subject, before → after, newest first. The filters (user, kind, days from and to) are applied with the button and
 * kept for the view; the table reads one page at a time from the database, and the exports every row the filters keep.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    @Inject
    private BackOfficeUser user;

    private String userName;
    private String action;
    private LocalDate from;
    private LocalDate to;
    /** The filter the table shows: the last one applied that was right. */
    private AuditTrail.Filter filter = AuditTrail.Filter.ANY;

    private final LazyDataModel<AuditTrail.Row> model = new Model();

    /** Applies the typed filter; a wrong one is shown next to its field and the table keeps the last right one. */
    public void apply() {
        try {
            filter = AuditTrail.Filter.of(userName, action, from, to);
            if (FacesContext.getCurrentInstance().getViewRoot().findComponent("audit:entries")
                    instanceof DataTable table) {
                table.setFirst(0);
            }
        } catch (RequestRefusedException e) {
            Refusals.show(e, "audit");
        }
    }

    public List<String> getActions() {
        return AuditTrail.ACTIONS;
    }

    public LazyDataModel<AuditTrail.Row> getModel() {
        return model;
    }

    /** The subject's back-office page, or null when it has none. */
    public String subjectOutcome(AuditTrail.Row row) {
        return switch (row.subjectType()) {
            case AuditTrail.PRODUCT -> "/listing";
            case "artisan" -> "/artisan";
            default -> null;
        };
    }

    public String subjectParameter(AuditTrail.Row row) {
        return AuditTrail.PRODUCT.equals(row.subjectType()) ? "product" : "artisan";
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
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

    private final class Model extends LazyDataModel<AuditTrail.Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(
                    Integer.MAX_VALUE, trail.page(user.actor(), filter, 0, 1).total());
        }

        @Override
        public List<AuditTrail.Row> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            AuditTrail.Page page =
                    trail.page(user.actor(), filter, first, pageSize <= 0 ? AuditTrail.MAX_ROWS : pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(AuditTrail.Row row) {
            return Long.toString(row.id());
        }

        @Override
        public AuditTrail.Row getRowData(String rowKey) {
            return null;
        }
    }
}
