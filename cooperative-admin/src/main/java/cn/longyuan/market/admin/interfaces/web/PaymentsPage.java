package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.payment.PaymentReconciliation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The reconciliation of online payments with orders, for federation staff (web.xml admits no other role). */
@Named
@RequestScoped
public class PaymentsPage {

    @Inject
    private PaymentReconciliation reconciliation;

    private List<PaymentReconciliation.Row> rows;
    private boolean onlyMismatches;

    public void load() {
        rows = reconciliation.rows();
        if (onlyMismatches) {
            rows = rows.stream().filter(r -> !r.isClean()).toList();
        }
    }

    /** The row's mismatches as one text, for the exports. */
    public String mismatchesText(PaymentReconciliation.Row row) {
        return row.mismatches().stream()
                .map(m -> PageMessages.text("mismatch." + m.name()))
                .sorted()
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public List<PaymentReconciliation.Row> getRows() {
        if (rows == null && Postbacks.isPostback()) { // an export: the view action has not run
            onlyMismatches = "true".equals(Postbacks.parameter("mismatches"));
            load();
        }
        return rows;
    }

    public long getMismatched() {
        return rows.stream().filter(r -> !r.isClean()).count();
    }

    public boolean isOnlyMismatches() {
        return onlyMismatches;
    }

    public void setOnlyMismatches(boolean onlyMismatches) {
        this.onlyMismatches = onlyMismatches;
    }
}
