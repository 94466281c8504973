package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.BackOfficeUser;
import cn.longyuan.market.admin.interfaces.web.Downloads;
import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.federation.CooperativeRegistry;
import cn.longyuan.market.application.imports.DataImport;
import cn.longyuan.market.application.imports.ImportKind;
import cn.longyuan.market.application.imports.ImportRefusedException;
import cn.longyuan.market.application.imports.ImportReport;
import cn.longyuan.market.application.imports.ImportTemplates;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The import page: choose what to import (and, for federation staff, into which cooperative), download a template,
 * upload a CSV or Excel file, read the preview — what will be created and every bad row with its column and reason
 * in the page's language — and confirm, which checks the same file again and writes all of it or nothing.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "choose";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private DataImport imports;

    @Inject
    private CooperativeRegistry registry;

    @Inject
    private BackOfficeUser user;

    private ImportKind kind = ImportKind.ARTISANS;
    private Long cooperativeId;
    private transient UploadedFile file;
    /** The file the preview was made of, sent again when she confirms (checked again then). */
    private byte[] previewed;

    private ImportReport report;
    private transient List<CooperativeRegistry.Entry> cooperatives;

    public List<ImportKind> getKinds() {
        return Arrays.asList(ImportKind.values());
    }

    public List<CooperativeRegistry.Entry> getCooperatives() {
        if (cooperatives == null) {
            cooperatives = user.isFederation() ? registry.all(user.actor()) : List.of();
        }
        return cooperatives;
    }

    public void preview() {
        report = null;
        previewed = null;
        byte[] bytes = file == null ? new byte[0] : file.getContent();
        try {
            report = imports.check(user.actor(), kind, cooperativeId, bytes);
            previewed = bytes;
        } catch (RequestRefusedException e) {
            refused(e);
        }
    }

    public void confirm() {
        if (previewed == null) {
            return;
        }
        try {
            report = imports.importFile(user.actor(), kind, cooperativeId, previewed);
            previewed = null;
            PageMessages.info("import.done", report.accepted().size());
        } catch (ImportRefusedException e) {
            // someone changed the cooperative's records since the preview: the new report, nothing written
            report = e.report();
        } catch (RequestRefusedException e) {
            refused(e);
        }
    }

    /** A new file: the preview goes. */
    public void restart() {
        report = null;
        previewed = null;
    }

    private void refused(RequestRefusedException e) {
        ImportTexts.showRefusal(e, FORM);
    }

    public StreamedContent getCsvTemplate() {
        return Downloads.of(ImportTemplates.csv(kind), kind.path() + "-template.csv", "text/csv; charset=UTF-8");
    }

    public StreamedContent getXlsxTemplate() {
        return Downloads.of(ImportTemplates.xlsx(kind), kind.path() + "-template.xlsx", XLSX);
    }

    /** Where she sees what was imported. */
    public String getResultOutcome() {
        return switch (kind) {
            case ARTISANS -> "/artisans";
            case PRODUCTS -> "/listings";
            case OPENING_STOCK -> "/stock-tasks";
        };
    }

    public ImportReport getReport() {
        return report;
    }

    public boolean isConfirmable() {
        return report != null && !report.written() && report.isClean() && previewed != null;
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        if (kind != null && kind != this.kind) {
            restart();
        }
        this.kind = kind == null ? ImportKind.ARTISANS : kind;
    }

    public Long getCooperativeId() {
        return cooperativeId;
    }

    public void setCooperativeId(Long cooperativeId) {
        this.cooperativeId = cooperativeId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public int getMaxRows() {
        return cn.longyuan.market.application.imports.ImportTable.MAX_ROWS;
    }
}
