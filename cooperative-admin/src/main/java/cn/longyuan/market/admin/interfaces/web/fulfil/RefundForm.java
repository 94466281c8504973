package cn.longyuan.market.admin.interfaces.web.fulfil;

import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.payment.Refunds;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.payment.Refund;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The refund section of an order's page ({@code fulfil.xhtml}): per line how many pieces to refund and whether they
 * go back to stock or are written off ({@link RefundRow}), a reason, and the order's refunds so far ({@link
 * ListedRefund}). {@link Refunds} decides everything (who may, how many, through Stripe or recorded); this bean
 * carries the form to it and its refusals back next to the fields ({@link RefundMessages}). After a refund the page is
 * loaded again, so that the order's status and history are current.
 */
@Named
@ViewScoped
public class RefundForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "refund";

    @Inject
    private Refunds refunds;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private LanguagePreference language;

    private String number;
    private transient Refunds.Outlook outlook;
    private List<RefundRow> rows;
    private String reason;

    /** Reads the order's refund outlook; the page's own view action has already answered 404 for another's order. */
    public void load(String orderNumber) {
        if (number != null) {
            return;
        }
        number = orderNumber;
        try {
            readOutlook();
        } catch (RequestRefusedException e) {
            outlook = null;
        }
    }

    private void readOutlook() {
        outlook = refunds.outlook(actor.get(), number);
        if (rows == null) {
            rows = new ArrayList<>();
            outlook.lines().forEach(left -> rows.add(new RefundRow(left, language.getLocale())));
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).update(outlook.lines().get(i));
        }
    }

    private Refunds.Outlook outlook() {
        if (outlook == null && number != null) {
            try {
                readOutlook();
            } catch (RequestRefusedException e) {
                return null;
            }
        }
        return outlook;
    }

    public boolean isShown() {
        Refunds.Outlook o = outlook();
        return o != null && (o.mayRefund() || !o.refunds().isEmpty());
    }

    public boolean isMayRefund() {
        Refunds.Outlook o = outlook();
        return o != null && o.mayRefund();
    }

    /** Why the user cannot refund now, when she cannot. */
    public String getCannotRefund() {
        return RefundMessages.cannotRefund(outlook());
    }

    public List<RefundRow> getRows() {
        outlook();
        return rows == null ? List.of() : rows;
    }

    public List<ListedRefund> getRefunds() {
        Refunds.Outlook o = outlook();
        return o == null ? List.of() : ListedRefund.of(o, language.getLocale());
    }

    /** "Refund all": every line its refundable pieces. */
    public void fillAll() {
        outlook = null;
        outlook();
        rows.forEach(RefundRow::fillAll);
    }

    public String refund() {
        List<Refunds.Request> lines = rows.stream().map(RefundRow::request).toList();
        try {
            Refund done =
                    refunds.refundChosen(actor.get(), number, lines, reason).refund();
            PageMessages.info(
                    done.providerRef() == null ? "refund.recorded" : "refund.sent",
                    number,
                    done.amount().toDecimalString(),
                    done.providerRef());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/fulfil?faces-redirect=true&number=" + number;
        } catch (RequestRefusedException e) {
            outlook = null;
            outlook();
            RefundMessages.show(e, FORM, rows);
            return null;
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
