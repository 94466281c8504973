package cn.longyuan.market.admin.interfaces.web.fulfil;

import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.payment.Refunds;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the refund form says, in the page's language: why the user cannot refund now, and a refusal of {@link
 * Refunds} with each violation next to its field (a line's quantity in its row) and the refusal as a whole in the
 * form's message and the growl.
 */
final class RefundMessages {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    private RefundMessages() {}

    /** Why the user cannot refund now (the service's words after the bundle's lead-in); empty when she can. */
    static String cannotRefund(Refunds.Outlook outlook) {
        if (outlook == null || outlook.mayRefund()) {
            return "";
        }
        String text =
                PageMessages.text("refund.cannot." + outlook.refusal().reason().name());
        return text == null ? outlook.refusal().getMessage() : text;
    }

    static void show(RequestRefusedException e, String form, List<RefundRow> rows) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldViolation v : e.violations()) {
            Matcher line = LINE_FIELD.matcher(v.field());
            String client;
            String text;
            if (line.matches() && Integer.parseInt(line.group(1)) < rows.size()) {
                RefundRow row = rows.get(Integer.parseInt(line.group(1)));
                client = form + ":lines:" + line.group(1) + ":quantity";
                text = row.getRefundable() == 0
                        ? PageMessages.text("refund.violation.lineDone")
                        : PageMessages.text("refund.violation.quantity", row.getRefundable());
            } else if (v.field().equals("lines")) {
                client = form + ":lines";
                text = PageMessages.text("refund.violation.nothing");
            } else if (v.field().equals("reason")) {
                client = form + ":reason";
                text = PageMessages.text(
                        v.message().startsWith("at most")
                                ? "refund.violation.reasonLength"
                                : "refund.violation.reason");
            } else {
                client = form;
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
        faces.addMessage(form, new FacesMessage(FacesMessage.SEVERITY_ERROR, general, general));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, general, general));
    }
}
