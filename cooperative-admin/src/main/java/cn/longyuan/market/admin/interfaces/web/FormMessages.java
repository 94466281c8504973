package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts a refused request on a back-office page: each field violation next to its input (with the text of the
 * bundle key {@code violation.<field>} when there is one, else the service's own words) and the refusal's
 * general text at the top, in the page's language.
 */
public final class FormMessages {

    private FormMessages() {}

    /** @param inputs request field name → the client id of its input on this page */
    public static void show(RequestRefusedException refused, Map<String, String> inputs) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean placed = false;
        for (FieldViolation violation : refused.violations()) {
            String clientId = inputs.get(violation.field());
            String text = text(
                    "violation." + violation.field().replaceAll("\\[\\d+]", ""),
                    ViolationWords.of(violation.message()));
            if (clientId != null) {
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                UIComponent component = faces.getViewRoot().findComponent(clientId);
                if (component instanceof UIInput input) {
                    input.setValid(false);
                }
                placed = true;
            } else {
                faces.addMessage(
                        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.field() + ": " + text, null));
            }
        }
        String general = text("refused." + refused.reason().name(), "{0}").replace("{0}", refused.getMessage());
        if (!placed || refused.violations().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, general, refused.getMessage()));
        } else {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("refused.checkFields", general), null));
        }
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                java.text.MessageFormat.format(text(key, key), arguments),
                                null));
    }

    /** The bundle's text for a key, or the fallback when the bundle has none. */
    public static String text(String key, String fallback) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
