package cn.longyuan.market.shop.interfaces.web.order;

import cn.longyuan.market.application.ordering.ReturnRequests;
import cn.longyuan.market.application.shared.PhotoCheck;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.ordering.ReturnRequest;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import cn.longyuan.market.shop.interfaces.web.account.CurrentBuyer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * "申请退货/退款" on the order page: a form per delivered line she may still send pieces back of (how many, why, her
 * words, one optional photo), and her requests with what the cooperative decided (and her photo's thumbnail). With the
 * order's token, or for a logged-in buyer her own order without it, as the page itself reads the order. The rules are {@link ReturnRequests}'; a refusal is put
 * next to the field of the line's form, a request taken is shown again by a redirect to the same address.
 */
@Named
@RequestScoped
public class OrderReturns {

    /** A line she may ask for: its number, name, the pieces she may still send back and the window's last day. */
    public record Line(int lineNo, String name, int pieces, String until) {}

    @Inject
    private ReturnRequests returns;

    @Inject
    private CurrentBuyer buyer;

    @Inject
    private OrderTracking tracking;

    private boolean loaded;
    private List<Line> lines = List.of();
    private List<ReturnRequestRow> requests = List.of();

    private String quantity;
    private String reason;
    private String note;
    private UploadedFile photo;
    private final ReturnFormErrors errors = new ReturnFormErrors();

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
                .map(r -> ReturnRequestRow.of(r, number, own ? null : token))
                .toList();
    }

    /** The lines whose pieces she may ask to send back now. */
    public List<Line> getLines() {
        load();
        return lines;
    }

    public List<ReturnRequestRow> getRequests() {
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
        errors.posted(lineNo);
        Integer pieces = whole(quantity);
        if (quantity != null && !quantity.isBlank() && pieces == null) {
            errors.put("quantity", ShopTexts.text("return.violation.quantity"));
            return;
        }
        var ask = new ReturnRequests.Ask(lineNo, pieces, reason == null || reason.isBlank() ? null : reason, note);
        byte[] upload = ChosenPhoto.bytesOf(photo);
        try {
            if (token == null && buyer.isLoggedIn()) {
                returns.requestForBuyer(buyer.accountId(), number, ask, upload);
            } else {
                returns.requestForToken(number, token, ask, upload);
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
            errors.putAll(refused);
            loaded = false;
            tracking.reload();
        }
    }

    /** The refusal of a field of the line's form that was posted, or null. */
    public String error(int lineNo, String field) {
        return errors.of(lineNo, field);
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

    public UploadedFile getPhoto() {
        return photo;
    }

    public void setPhoto(UploadedFile photo) {
        this.photo = photo;
    }

    /** The upload's rule, as the page states it next to the field. */
    public int getPhotoMaxMegabytes() {
        return PhotoCheck.MAX_BYTES / (1024 * 1024);
    }

    public int getPhotoMaxSide() {
        return PhotoCheck.MAX_SIDE;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
