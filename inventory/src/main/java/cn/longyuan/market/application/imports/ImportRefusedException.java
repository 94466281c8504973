package cn.longyuan.market.application.imports;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;

/** A file with bad rows, of which nothing was written: 400 naming every row and column ({@code rows[12].phone}). */
public class ImportRefusedException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;

    public ImportRefusedException(ImportReport report) {
        super(
                Reason.VALIDATION,
                report.badRows().size() + " of " + report.rows() + " rows cannot be imported; nothing was imported.",
                report.problems().stream()
                        .map(p -> new FieldViolation(p.field(), p.message()))
                        .toList());
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
