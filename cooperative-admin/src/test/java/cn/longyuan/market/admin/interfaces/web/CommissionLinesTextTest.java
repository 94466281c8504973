package cn.longyuan.market.admin.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.application.brokerage.Commissions;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.shared.BilingualText;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CommissionLinesTextTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void eachLineReadsAsThePageShowsItAndALineOfAnEarlierMonthSaysItWasCarried() {
        Commissions.OrderCommissions order = new Commissions.OrderCommissions(
                "LY-1",
                List.of(
                        line(IncomeEntry.Kind.SALE, 2, 12800, 640, NOVEMBER),
                        line(IncomeEntry.Kind.REVERSAL, -1, -6400, -320, YearMonth.of(2026, 10))),
                6400,
                320);

        String text = new CommissionLinesText(Locale.ENGLISH, key -> "<" + key + ">").of(order, NOVEMBER);

        assertEquals(
                "Sachet × 2 · <income.kind.SALE> · ¥128.00 → ¥6.40; "
                        + "Sachet × -1 · <income.kind.REVERSAL> · <commissions.carried> 2026-10 · ¥-64.00 → ¥-3.20",
                text);
    }

    @Test
    void namesFollowTheLanguage() {
        Commissions.OrderCommissions order = new Commissions.OrderCommissions(
                "LY-2", List.of(line(IncomeEntry.Kind.SALE, 1, 100, 5, NOVEMBER)), 100, 5);

        assertEquals(
                "香包 × 1 · SALE · ¥1.00 → ¥0.05",
                new CommissionLinesText(Locale.CHINESE, key -> key.substring(key.lastIndexOf('.') + 1))
                        .of(order, NOVEMBER));
    }

    @Test
    void aMonthParameterThatNamesNoMonthFallsBack() {
        YearMonth fallback = YearMonth.of(2025, 1);
        assertEquals(NOVEMBER, StatementDownload.monthOr(" 2026-11 ", fallback));
        assertEquals(fallback, StatementDownload.monthOr("2026-13", fallback));
        assertEquals(fallback, StatementDownload.monthOr("", fallback));
        assertEquals(fallback, StatementDownload.monthOr(null, fallback));
    }

    private static Commissions.Line line(
            IncomeEntry.Kind kind, int quantity, long saleFen, long commissionFen, YearMonth writtenIn) {
        return new Commissions.Line(
                7,
                new BilingualText("香包", "Sachet"),
                kind,
                quantity,
                saleFen,
                commissionFen,
                writtenIn,
                Instant.parse("2026-11-02T03:00:00Z"));
    }
}
