package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.income.IncomeStatementPdf;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.shared.MarketTime;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** An artisan's monthly statement as a download, for the income page and her own page. */
public final class StatementDownload {

    private StatementDownload() {}

    /** The statement of the chosen month ("2026-11"; this month when it is not one). */
    public static StreamedContent of(IncomeLedger income, Actor actor, long artisanId, String month) {
        YearMonth chosen;
        try {
            chosen = YearMonth.parse(month);
        } catch (RuntimeException e) {
            chosen = YearMonth.now(MarketTime.ZONE);
        }
        YearMonth m = chosen;
        return DefaultStreamedContent.builder()
                .name("statement-" + artisanId + "-" + m + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(IncomeStatementPdf.of(income.statement(actor, artisanId, m))))
                .build();
    }

    /** The months a statement can be chosen for: this one and the eleven before it. */
    public static List<String> months() {
        YearMonth now = YearMonth.now(MarketTime.ZONE);
        return IntStream.range(0, 12)
                .mapToObj(i -> now.minusMonths(i).toString())
                .toList();
    }
}
