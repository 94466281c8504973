package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of the back office's pages, from the message bundles in the user's language: a refusal of the
 * business rules becomes a message next to each field at fault (bundle key {@code violation.<form>.<field>},
 * else the rule's own words) and one in the growl (bundle key {@code refused.<REASON>}).
 */
public final class PageMessages {

    private PageMessages() {}

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            String pattern = bundle.getString(key);
            return args.length == 0
                    ? pattern
                    : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    /**
     * Shows a refusal: each violation next to {@code formId:field} (when the form has such a field), the reason in
     * the growl, and marks the request as failed so that dialogs stay open.
     */
    public static void refused(RequestRefusedException refused, String formId, String summaryKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldViolation violation : refused.violations()) {
            String field = violation.field();
            String text = text("violation." + formId + "." + field);
            String clientId = formId + ":" + field;
            faces.addMessage(
                    faces.getViewRoot().findComponent(clientId) != null ? clientId : null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            text != null ? text : ViolationWords.of(violation.message()),
                            null));
        }
        String summary = summaryKey == null ? null : text(summaryKey);
        if (summary == null) {
            summary = text("refused." + refused.reason().name());
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, refused.getMessage()));
        faces.validationFailed();
    }
}
