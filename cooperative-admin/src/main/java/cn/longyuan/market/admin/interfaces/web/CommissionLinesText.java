package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.brokerage.Commissions;
import cn.longyuan.market.domain.model.brokerage.CommissionMonth;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An order's commission lines as one text, for the commissions page's exports, written as the page shows them:
 * "product × n · kind · sale → commission; …", with "carried from" for a line written in an earlier month.
 */
final class CommissionLinesText {

    private final Locale locale;
    private final Function<String, String> text;

    /**
     * @param text a message of the page's bundle by its key
     */
    CommissionLinesText(Locale locale, Function<String, String> text) {
        this.locale = locale;
        this.text = text;
    }

    /** The order's lines as the ledger of {@code month} shows them. */
    String of(Commissions.OrderCommissions order, YearMonth month) {
        return order.lines().stream().map(line -> line(line, month)).collect(Collectors.joining("; "));
    }

    private String line(Commissions.Line l, YearMonth month) {
        String carried = l.carriedFrom(month) ? " · " + text.apply("commissions.carried") + " " + l.writtenIn() : "";
        return l.product().in(locale) + " × " + l.quantity() + " · " + text.apply("income.kind." + l.kind()) + carried
                + " · ¥" + CommissionMonth.decimal(l.saleFen()) + " → ¥" + CommissionMonth.decimal(l.commissionFen());
    }
}
