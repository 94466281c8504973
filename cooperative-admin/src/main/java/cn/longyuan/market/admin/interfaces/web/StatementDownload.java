package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.income.IncomeStatementPdf;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.PdfPrinter;
import cn.longyuan.market.domain.model.shared.MarketTime;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** An artisan's monthly statement as a download, for the income page and her own page. */
public final class StatementDownload {

    private StatementDownload() {}

    /** The statement of the chosen month ("2026-11"; this month when it is not one). */
    public static StreamedContent of(
            IncomeLedger income, PdfPrinter printer, Actor actor, long artisanId, String month) {
        YearMonth m = monthOr(month, YearMonth.now(MarketTime.ZONE));
        return DefaultStreamedContent.builder()
                .name("statement-" + artisanId + "-" + m + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(
                        printer.print(IncomeStatementPdf.document(income.statement(actor, artisanId, m)))))
                .build();
    }

    /** The month a parameter names ("2026-11", blanks around it allowed), or {@code fallback} when it names none. */
    public static YearMonth monthOr(String text, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** The months a statement can be chosen for: this one and the eleven before it. */
    public static List<String> months() {
        YearMonth now = YearMonth.now(MarketTime.ZONE);
        return IntStream.range(0, 12)
                .mapToObj(i -> now.minusMonths(i).toString())
                .toList();
    }
}
