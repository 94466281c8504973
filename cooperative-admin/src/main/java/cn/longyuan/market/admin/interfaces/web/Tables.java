package cn.longyuan.market.admin.interfaces.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** What the back office's list pages do with their tables. */
final class Tables {

    private Tables() {}

    /** Back to the first page (after another filter was applied). */
    static void firstPage(String clientId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }
}
