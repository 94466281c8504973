package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Shows a refused request on a page: each violated field's message next to that field (component id = the
 * field's name in the form), in the page's language when the bundle has a text for it, and the refusal as a
 * whole in the form's message area and the growl. Texts are looked up as {@code refusal.<field>.<kind>} where
 * the kind is read from the service's message, else {@code refusal.<field>}, else the service's own message.
 */
public final class Refusals {

    private Refusals() {}

    public static void show(RequestRefusedException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        for (FieldViolation v : e.violations()) {
            String text = text(bundle, v);
            String client = formId + ":" + v.field();
            if (faces.getViewRoot().findComponent(client) == null) {
                client = formId;
            }
            faces.addMessage(client, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        String summary = e.violations().isEmpty()
                ? general(bundle, e)
                : text(bundle, e.violations().get(0));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
    }

    public static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String text = java.text.MessageFormat.format(bundle.getString(key), args);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static String general(ResourceBundle bundle, RequestRefusedException e) {
        String key = "refusal." + e.reason().name();
        return bundle.containsKey(key) ? bundle.getString(key) + " " + e.getMessage() : e.getMessage();
    }

    static String text(ResourceBundle bundle, FieldViolation v) {
        String kind = kind(v.message());
        for (String key : new String[] {"refusal." + v.field() + "." + kind, "refusal." + v.field()}) {
            try {
                String pattern = bundle.getString(key);
                return java.text.MessageFormat.format(pattern, v.message());
            } catch (MissingResourceException ignored) {
                // the next, more general key
            }
        }
        return v.message();
    }

    /** A word for what the service said, stable across its English wording's details. */
    private static String kind(String message) {
        String m = message.toLowerCase();
        if (m.contains("5 mb")) {
            return "tooLarge";
        }
        if (m.contains("svg")) {
            return "svg";
        }
        if (m.contains("pixels")) {
            return "dimensions";
        }
        if (m.contains("not a readable")) {
            return "unreadable";
        }
        if (m.contains("only jpeg")) {
            return "type";
        }
        if (m.contains("changed by someone else")) {
            return "stale";
        }
        if (m.startsWith("at most") || m.startsWith("must be")) {
            return "limit";
        }
        if (m.contains("more than 0")) {
            return "positive";
        }
        if (m.contains("required") || m.startsWith("choose")) {
            return "required";
        }
        return "invalid";
    }
}
