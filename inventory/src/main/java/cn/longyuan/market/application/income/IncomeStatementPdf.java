package cn.longyuan.market.application.income;

import cn.longyuan.market.application.shared.PrintedDocument;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An artisan's monthly income statement, in Chinese with English labels: the document the PdfPrinter prints. */
public final class IncomeStatementPdf {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(MarketTime.ZONE);

    private IncomeStatementPdf() {}

    /** What the statement says: her sales and payouts of the month, with the balances before and after. */
    public static PrintedDocument document(IncomeLedger.Statement s) {
        PrintedDocument pdf = new PrintedDocument("巧手收入月结单 Income statement — " + s.month());
        pdf.line("巧手 Artisan: " + s.displayName() + "    合作社 Cooperative: " + s.cooperativeName());
        pdf.line("期初余额 Opening balance: ¥" + s.opening().toDecimalString());
        pdf.heading("本月收入 Income this month");
        pdf.table(
                List.of("日期 Date", "订单 Order", "商品 Product", "批次 Batch", "件数 Pieces ", "售价 Sale ", "她的收入 Her share "),
                s.entries().stream().map(IncomeStatementPdf::entryRow).toList(),
                2.2f,
                3,
                3.5f,
                2,
                1.4f,
                1.6f,
                1.8f);
        pdf.heading("本月支付 Paid this month");
        pdf.table(
                List.of("日期 Date", "金额 Amount ", "凭证 Reference", "经办 Recorded by"),
                s.payouts().stream()
                        .map(p -> List.of(
                                p.paidOn().toString(),
                                p.amount().toDecimalString(),
                                p.reference() == null ? "" : p.reference(),
                                p.recordedBy()))
                        .toList(),
                2,
                2,
                4,
                2);
        pdf.line(" ");
        pdf.line("本月收入 Earned: ¥" + signedFen(s.earnedFen()) + "    本月支付 Paid: ¥"
                + s.paid().toDecimalString());
        pdf.line("期末余额 Closing balance: ¥" + s.closing().toDecimalString());
        return pdf;
    }

    /**
     * One entry as the statement prints it: a reversal's pieces and amounts with a minus, but an amount of nothing
     * as "0.00" (a reversal of a sale that left her no share used to print "-0.00"); a piece rate's sale is none.
     */
    static List<String> entryRow(IncomeLedger.EntryLine e) {
        return List.of(
                DAY.format(e.at()),
                e.orderNumber() == null ? "" : e.orderNumber(),
                e.product()
                        + (e.kind() == IncomeEntry.Kind.REVERSAL
                                ? "（退回 returned）"
                                : e.kind() == IncomeEntry.Kind.PIECE_RATE ? "（计件 piece rate）" : ""),
                e.traceCode() == null ? "" : e.traceCode(),
                (e.kind() == IncomeEntry.Kind.REVERSAL && e.quantity() != 0 ? "-" : "") + e.quantity(),
                e.signedSale(),
                e.signedArtisanShare());
    }

    /** A signed amount in fen as "-12.50", "0.00" or "12.50": never "-0.00". */
    static String signedFen(long fen) {
        return IncomeLedger.signed(Long.signum(fen), Money.ofFen(Math.abs(fen)));
    }
}
