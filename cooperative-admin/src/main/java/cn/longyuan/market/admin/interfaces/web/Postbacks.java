package cn.longyuan.market.admin.interfaces.web;

import jakarta.faces.context.FacesContext;

/**
 * A request-scoped page fills its tables in its view action, which does not run on a postback — such as an export
 * button's. On a postback the page loads itself when a table first asks, from the view parameters the
 * export form sends again as hidden fields of the same names.
 */
public final class Postbacks {

    private Postbacks() {}

    public static boolean isPostback() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.isPostback();
    }

    /** A view parameter sent again by the posted form, or null. */
    public static String parameter(String name) {
        String value = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
