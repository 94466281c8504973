package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.FieldViolation;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.payment.Refunds;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.payment.Refund;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The refund section of an order's page ({@code fulfil.xhtml}): per line how many pieces to refund and whether they
 * go back to stock or are written off, a reason, and the order's refunds so far. {@link Refunds} decides everything
 * (who may, how many, through Stripe or recorded); this bean carries the form to it and its refusals back next to
 * the fields. After a refund the page is loaded again, so that the order's status and history are current.
 */
@Named
@ViewScoped
public class RefundForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "refund";
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    @Inject
    private Refunds refunds;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private LanguagePreference language;

    private String number;
    private transient Refunds.Outlook outlook;
    private List<Row> rows;
    private String reason;

    /** One order line in the form. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final int lineNo;
        private final String product;
        private final int ordered;
        private final String unitPrice;
        private int refunded;
        private int refundable;
        private Integer quantity = 0;
        private boolean restock = true;

        Row(int lineNo, String product, int ordered, String unitPrice) {
            this.lineNo = lineNo;
            this.product = product;
            this.ordered = ordered;
            this.unitPrice = unitPrice;
        }

        public int getLineNo() {
            return lineNo;
        }

        public String getProduct() {
            return product;
        }

        public int getOrdered() {
            return ordered;
        }

        public String getUnitPrice() {
            return unitPrice;
        }

        public int getRefunded() {
            return refunded;
        }

        public int getRefundable() {
            return refundable;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public boolean isRestock() {
            return restock;
        }

        public void setRestock(boolean restock) {
            this.restock = restock;
        }
    }

    /** One refund as the page lists it. */
    public record Listed(
            int seq, String at, String amount, String lines, String by, String providerRef, String reason) {}

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
            for (Refunds.LineLeft left : outlook.lines()) {
                rows.add(new Row(
                        left.line().lineNo(),
                        left.line().name().in(language.getLocale()),
                        left.line().quantity(),
                        left.line().unitPrice().toDecimalString()));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).refunded = outlook.lines().get(i).refunded();
            rows.get(i).refundable = outlook.lines().get(i).refundable();
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

    /** Why the user cannot refund now (the service's words after the bundle's lead-in), when she cannot. */
    public String getCannotRefund() {
        Refunds.Outlook o = outlook();
        if (o == null || o.mayRefund()) {
            return "";
        }
        String text = PageMessages.text("refund.cannot." + o.refusal().reason().name());
        return text == null ? o.refusal().getMessage() : text;
    }

    public List<Row> getRows() {
        outlook();
        return rows == null ? List.of() : rows;
    }

    public List<Listed> getRefunds() {
        Refunds.Outlook o = outlook();
        if (o == null) {
            return List.of();
        }
        Map<Integer, String> names = o.lines().stream()
                .collect(Collectors.toMap(
                        l -> l.line().lineNo(), l -> l.line().name().in(language.getLocale())));
        return o.refunds().stream()
                .map(r -> new Listed(
                        r.seq(),
                        new Formats().time(r.createdAt()),
                        r.amount().toDecimalString(),
                        r.pieces().stream()
                                .map(p -> names.getOrDefault(p.lineNo(), "#" + p.lineNo()) + " × " + p.quantity() + " ("
                                        + PageMessages.text(p.restock() ? "refund.restocked" : "refund.writtenOff")
                                        + ")")
                                .collect(Collectors.joining("; ")),
                        r.actor(),
                        r.providerRef(),
                        r.reason()))
                .toList();
    }

    /** "Refund all": every line its refundable pieces. */
    public void fillAll() {
        outlook = null;
        outlook();
        rows.forEach(r -> r.quantity = r.refundable);
    }

    public String refund() {
        List<Refunds.Request> lines = rows.stream()
                .map(r -> new Refunds.Request(
                        r.lineNo, null, r.quantity == null ? Integer.valueOf(0) : r.quantity, r.restock))
                .toList();
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
            show(e);
            return null;
        }
    }

    /** Each violation next to its field (a line's quantity in its row), the refusal as a whole in the growl. */
    private void show(RequestRefusedException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldViolation v : e.violations()) {
            Matcher line = LINE_FIELD.matcher(v.field());
            String client;
            String text;
            if (line.matches() && Integer.parseInt(line.group(1)) < rows.size()) {
                Row row = rows.get(Integer.parseInt(line.group(1)));
                client = FORM + ":lines:" + line.group(1) + ":quantity";
                text = row.refundable == 0
                        ? PageMessages.text("refund.violation.lineDone")
                        : PageMessages.text("refund.violation.quantity", row.refundable);
            } else if (v.field().equals("lines")) {
                client = FORM + ":lines";
                text = PageMessages.text("refund.violation.nothing");
            } else if (v.field().equals("reason")) {
                client = FORM + ":reason";
                text = PageMessages.text(
                        v.message().startsWith("at most")
                                ? "refund.violation.reasonLength"
                                : "refund.violation.reason");
            } else {
                client = FORM;
                text = v.message();
            }
            faces.addMessage(client, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            if (!line.matches() && faces.getViewRoot().findComponent(client) instanceof UIInput input) {
                input.setValid(false);
            }
        }
        String general = PageMessages.text("refund.refused." + e.reason().name());
        if (general == null) {
            general = PageMessages.text("refund.refused", e.getMessage());
        }
        faces.addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_ERROR, general, general));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, general, general));
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
