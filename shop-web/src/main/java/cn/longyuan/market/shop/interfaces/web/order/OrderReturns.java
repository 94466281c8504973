package cn.longyuan.market.shop.interfaces.web.order;

import cn.longyuan.market.application.FieldViolation;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.buying.ReturnRequests;
import cn.longyuan.market.domain.model.ordering.ReturnRequest;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.account.CurrentBuyer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "申请退货/退款" on the order page: a form per delivered line she may still send pieces back of (how many, why, her
 * words), and her requests with what the cooperative decided. With the order's token, or for a logged-in buyer her
 * own order without it, as the page itself reads the order. The rules are {@link ReturnRequests}'; a refusal is put
 * next to the field of the line's form, a request taken is shown again by a redirect to the same address.
 */
@Named
@RequestScoped
public class OrderReturns {

    /** A line she may ask for: its number, name, the pieces she may still send back and the window's last day. */
    public record Line(int lineNo, String name, int pieces, String until) {}

    /** One of her requests as she reads it. */
    public record Shown(
            String product,
            int quantity,
            String reason,
            String note,
            String statusCode,
            String status,
            String declineReason,
            String at) {}

    @Inject
    private ReturnRequests returns;

    @Inject
    private CurrentBuyer buyer;

    @Inject
    private OrderTracking tracking;

    private boolean loaded;
    private List<Line> lines = List.of();
    private List<Shown> requests = List.of();

    private String quantity;
    private String reason;
    private String note;
    private Integer failedLine;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        var order = tracking.getOrder();
        if (order == null) {
            return;
        }
        String number = order.number();
        String token = parameter("token");
        boolean own = token == null && buyer.isLoggedIn();
        var returnable =
                own ? returns.returnableForBuyer(buyer.accountId(), number) : returns.returnableForToken(number, token);
        var rows = own ? returns.ofOrderForBuyer(buyer.accountId(), number) : returns.ofOrderForToken(number, token);
        lines = returnable.stream()
                .map(r -> new Line(
                        r.lineNo(), order.lines().get(r.lineNo() - 1).name(), r.pieces(), ShopTexts.time(r.until())))
                .toList();
        requests = rows.stream()
                .map(r -> new Shown(
                        ShopTexts.in(r.product()),
                        r.quantity(),
                        ShopTexts.text("return.reason." + r.reason().name()),
                        r.note(),
                        r.status().name(),
                        ShopTexts.text("return.status." + r.status().name()),
                        r.declineReason(),
                        ShopTexts.time(r.createdAt())))
                .toList();
    }

    /** The lines whose pieces she may ask to send back now. */
    public List<Line> getLines() {
        load();
        return lines;
    }

    public List<Shown> getRequests() {
        load();
        return requests;
    }

    /** The reasons to choose from, in the list's order. */
    public List<String> getReasons() {
        return Arrays.stream(ReturnRequest.Reason.values()).map(Enum::name).toList();
    }

    public String reasonLabel(String code) {
        return ShopTexts.text("return.reason." + code);
    }

    /** The window, in days, as the page and the policies state it. */
    public int getWindowDays() {
        return ReturnRequest.WINDOW_DAYS;
    }

    /** The request of the line whose form was posted (its number is the form's plain {@code returnLine} field). */
    public void ask() {
        String number = parameter("number");
        String token = parameter("token");
        Integer lineNo = whole(parameter("returnLine"));
        failedLine = lineNo;
        Integer pieces = whole(quantity);
        if (quantity != null && !quantity.isBlank() && pieces == null) {
            errors.put("quantity", ShopTexts.text("return.violation.quantity"));
            return;
        }
        var ask = new ReturnRequests.Ask(lineNo, pieces, reason == null || reason.isBlank() ? null : reason, note);
        try {
            if (token == null && buyer.isLoggedIn()) {
                returns.requestForBuyer(buyer.accountId(), number, ask);
            } else {
                returns.requestForToken(number, token, ask);
            }
            OrderCancellation.redirectToSelf();
        } catch (RequestRefusedException refused) {
            if (refused.violations().isEmpty()) {
                String text = ShopTexts.text(
                        refused.reason() == RequestRefusedException.Reason.NOT_FOUND
                                ? "order.cancel.notFound"
                                : "return.refused");
                FacesContext.getCurrentInstance()
                        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            for (FieldViolation v : refused.violations()) {
                String key = "return.violation." + v.field();
                errors.putIfAbsent(
                        v.field(),
                        ShopTexts.hasText(key) ? ShopTexts.text(key) + " (" + v.message() + ")" : v.message());
            }
            loaded = false;
            tracking.reload();
        }
    }

    /** The refusal of a field of the line's form that was posted, or null. */
    public String error(int lineNo, String field) {
        return failedLine != null && failedLine == lineNo ? errors.get(field) : null;
    }

    private static Integer whole(String s) {
        if (s == null || !s.strip().matches("\\d{1,5}")) {
            return null;
        }
        return Integer.parseInt(s.strip());
    }

    private static String parameter(String name) {
        String value = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
