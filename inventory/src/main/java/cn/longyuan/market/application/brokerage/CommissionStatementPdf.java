package cn.longyuan.market.application.brokerage;

import cn.longyuan.market.application.shared.PrintedDocument;
import cn.longyuan.market.domain.model.brokerage.CommissionMonth;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.shared.MarketTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A broker's monthly commission statement, the document the PdfPrinter prints (Chinese with English labels): her orders of the month with the
 * sales and returns of each line and her commission on them, the total, and whether and by whom the month was
 * settled (an open month's statement says it is provisional). The printer sets Latin letters and digits in a
 * standard font, so amounts, order numbers and user names stay plain text that any reader can search and copy.
 */
public final class CommissionStatementPdf {

    /** The words in front of the total, so that a reader (or a test) can find it. */
    public static final String TOTAL_LABEL = "本月佣金合计 Commission total: ¥";

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MarketTime.ZONE);

    private CommissionStatementPdf() {}

    /** What the statement says. */
    public static PrintedDocument document(Commissions.Ledger ledger) {
        return new PrintedDocument("经纪人佣金月结单 Commission statement · " + ledger.month())
                .line("经纪人 Broker: " + ledger.broker().displayName() + " ("
                        + ledger.broker().username() + ")")
                .line(
                        ledger.settled()
                                ? "已结算 Settled: "
                                        + AT.format(ledger.settlement().settledAt()) + "，经办 by "
                                        + ledger.settlement().settledBy()
                                : "未结算（临时结单）Not settled yet: provisional statement")
                .heading("订单佣金 Commission by order")
                .table(
                        List.of("订单 Order", "商品 Product", "月份 Month", "件数 Pieces ", "销售额 Sales ", "佣金 Commission "),
                        rows(ledger),
                        2.6f,
                        4f,
                        1.6f,
                        1.2f,
                        1.6f,
                        1.8f)
                .line(" ")
                .line("本月销售额 Sales: ¥" + CommissionMonth.decimal(ledger.saleFen()) + "    条目 Entries: "
                        + ledger.entries())
                .heading(TOTAL_LABEL + CommissionMonth.decimal(ledger.totalFen()));
    }

    private static List<List<String>> rows(Commissions.Ledger ledger) {
        List<List<String>> rows = new ArrayList<>();
        for (Commissions.OrderCommissions order : ledger.orders()) {
            for (Commissions.Line line : order.lines()) {
                boolean reversal = line.kind() == IncomeEntry.Kind.REVERSAL;
                rows.add(List.of(
                        order.orderNumber(),
                        line.product().zh() + (reversal ? "（退回 returned）" : ""),
                        line.carriedFrom(ledger.month())
                                ? line.writtenIn() + " →"
                                : line.writtenIn().toString(),
                        (reversal ? "-" : "") + line.quantity(),
                        CommissionMonth.decimal(line.saleFen()),
                        CommissionMonth.decimal(line.commissionFen())));
            }
            rows.add(List.of(
                    "",
                    "订单小计 Order subtotal",
                    "",
                    "",
                    CommissionMonth.decimal(order.saleFen()),
                    CommissionMonth.decimal(order.commissionFen())));
        }
        return rows;
    }
}
