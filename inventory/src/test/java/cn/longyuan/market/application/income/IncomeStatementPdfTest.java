package cn.longyuan.market.application.income;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.domain.model.income.IncomeEntry.Kind;
import cn.longyuan.market.domain.model.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statement's figures: a reversal negative, an amount of nothing "0.00" whatever its kind. */
class IncomeStatementPdfTest {

    private static final Instant AT = Instant.parse("2026-11-20T04:00:00Z");

    private static IncomeLedger.EntryLine line(Kind kind, int pieces, long saleFen, long shareFen) {
        return new IncomeLedger.EntryLine(
                AT, "LY-1", "庆阳香包", kind, pieces, Money.ofFen(saleFen), Money.ofFen(shareFen), Money.ZERO, "QY-1");
    }

    /** The pieces, sale and her share columns of the entry's row. */
    private static List<String> figures(IncomeLedger.EntryLine e) {
        return IncomeStatementPdf.entryRow(e).subList(4, 7);
    }

    @Test
    void aReversalIsNegativeButItsZeroShareIsZero() {
        assertEquals(List.of("2", "56.00", "39.20"), figures(line(Kind.SALE, 2, 5600, 3920)));
        assertEquals(List.of("-2", "-56.00", "-39.20"), figures(line(Kind.REVERSAL, 2, 5600, 3920)));
        // a sale that left her nothing (the cooperative kept it all), reversed
        assertEquals(List.of("-1", "-28.00", "0.00"), figures(line(Kind.REVERSAL, 1, 2800, 0)));
        assertEquals(List.of("-1", "0.00", "0.00"), figures(line(Kind.REVERSAL, 1, 0, 0)));
    }

    @Test
    void aPieceRateHasNoSaleAndCountsForHer() {
        assertEquals(List.of("5", "0.00", "15.00"), figures(line(Kind.PIECE_RATE, 5, 0, 1500)));
    }

    @Test
    void aMonthsNetIsSignedOnlyWhenItIsNotZero() {
        assertEquals("0.00", IncomeStatementPdf.signedFen(0));
        assertEquals("-12.50", IncomeStatementPdf.signedFen(-1250));
        assertEquals("12.50", IncomeStatementPdf.signedFen(1250));
        assertEquals("-0.01", IncomeStatementPdf.signedFen(-1));
    }
}
