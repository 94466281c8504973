package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.imports.ImportFileException;
import cn.longyuan.market.application.imports.ImportProblem;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The import page's words: a problem of the file in the page's language with its values, a column as the page
 * names it, a row number, and a refused preview or import shown next to the field it concerns (the file, or the
 * cooperative federation staff must choose) or else on the page.
 */
@Named
@RequestScoped
public class ImportTexts {

    /** The problem in the page's language, with its values (the service's own words where the bundle has none). */
    public String problemText(ImportProblem problem) {
        return problem(problem);
    }

    /** The column as the page names it (the file's own name, which the template uses, in brackets). */
    public String columnLabel(String column) {
        if (column == null || column.isEmpty()) {
            return "";
        }
        if (ImportProblem.FILE.equals(column)) {
            return PageMessages.text("import.column.file");
        }
        String label = PageMessages.text("import.column." + column);
        return label == null ? column : label + " (" + column + ")";
    }

    /** Row 0 is the file as a whole: no row number. */
    public String rowLabel(int row) {
        return row == 0 ? "—" : String.valueOf(row);
    }

    static String problem(ImportProblem problem) {
        String text = PageMessages.text(
                "import.problem." + problem.code(), problem.args().toArray());
        return text != null ? text : problem.message();
    }

    /** One message: next to the file or the cooperative when it is about either (and the form has it), else on top. */
    static void showRefusal(RequestRefusedException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text;
        String field;
        if (e instanceof ImportFileException f) {
            text = problem(f.problem());
            field = "file";
        } else if (!e.violations().isEmpty()
                && "cooperative".equals(e.violations().get(0).field())) {
            text = PageMessages.text("import.chooseCooperative");
            field = "cooperative";
        } else {
            text = PageMessages.text("refused." + e.reason().name());
            field = null;
        }
        String clientId = field == null ? null : formId + ":" + field;
        faces.addMessage(
                clientId != null && faces.getViewRoot().findComponent(clientId) != null ? clientId : null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }
}
