package cn.longyuan.market.application.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.application.shared.Segment;
import cn.longyuan.market.domain.model.stock.MovementKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StockReasonsTest {

    private static List<Segment> phrases(String reason) {
        return StockReasons.phrases(reason).orElseThrow(() -> new AssertionError("no phrase for: " + reason));
    }

    private static Segment segment(String key, String... args) {
        return new Segment(key, List.of(args));
    }

    @Test
    void theServicesReasonsAreReadAsPhrasesWithTheirValues() {
        assertEquals(List.of(segment("stocktake")), phrases(StockService.STOCKTAKE));
        assertEquals(List.of(segment("stocktake")), phrases("stocktake"));
        assertEquals(List.of(segment("openingStock")), phrases(StockService.OPENING_STOCK));
        assertEquals(
                List.of(segment("orderCancelledByBuyer", "LY-20261201-0007")),
                phrases("order LY-20261201-0007 cancelled by the buyer"));
        assertEquals(
                List.of(segment("orderPaymentCancelled", "LY-20261201-0007")),
                phrases("order LY-20261201-0007 cancelled: online payment cancelled"));
        assertEquals(
                List.of(segment("orderExpired", "LY-20261201-0007")), phrases("order LY-20261201-0007 expired unpaid"));
        assertEquals(List.of(segment("returned", "绣线断了")), phrases("returned: 绣线断了"));
        assertEquals(List.of(segment("cancelled", "买家电话取消")), phrases("cancelled: 买家电话取消"));
    }

    @Test
    void aBatchsCorrectionOrVoidIsItsBatchAndTheManagersWords() {
        String correction = StockService.CORRECTION_OF_BATCH + "12: 实际只有七个";
        String voided = StockService.VOID_OF_BATCH + "12: 登记到错的库位";
        assertEquals(List.of(segment("batchCorrection", "12", "实际只有七个")), phrases(correction));
        assertEquals(List.of(segment("batchVoid", "12", "登记到错的库位")), phrases(voided));
        assertEquals("BATCH_CORRECTED", StockReasons.kind(MovementKind.ADJUSTED, correction));
        assertEquals("BATCH_VOIDED", StockReasons.kind(MovementKind.ADJUSTED, voided));
        assertEquals("WRITTEN_OFF", StockReasons.kind(MovementKind.ADJUSTED, StockService.WRITTEN_OFF + "受潮"));
    }

    @Test
    void aRefundIsItsNumberItsOrderAndWhy() {
        assertEquals(
                List.of(segment("refundOf", "2", "LY-20261201-0007")), phrases("refund 2 of order LY-20261201-0007"));
        assertEquals(
                List.of(segment("refundOf", "1", "LY-20261201-0007"), segment("because", "颜色不对")),
                phrases("refund 1 of order LY-20261201-0007: 颜色不对"));
        // a buyer's return request, accepted: its reason is a code of the list, her words follow
        assertEquals(
                List.of(
                        segment("refundOf", "3", "LY-20261201-0007"),
                        segment("returnRequest.DAMAGED", "12"),
                        segment("buyerWords", "香包的线开了")),
                phrases("refund 3 of order LY-20261201-0007: return request 12: DAMAGED — 香包的线开了"));
        assertEquals(
                List.of(segment("refundOf", "3", "LY-1"), segment("returnRequest.CHANGED_MIND", "12")),
                phrases("refund 3 of order LY-1: return request 12: CHANGED_MIND"));
    }

    @Test
    void aWriteOffSaysSoAndThenWhyThePiecesCameBack() {
        assertEquals(
                List.of(segment("writtenOff"), segment("refundOf", "2", "LY-1"), segment("because", "摔坏了")),
                phrases(StockService.WRITTEN_OFF + "refund 2 of order LY-1: 摔坏了"));
        assertEquals(List.of(segment("writtenOff"), segment("returned", "受潮")), phrases("written off: returned: 受潮"));
        // whatever the reason was, the row still reads as a write-off
        assertEquals(List.of(segment("writtenOff"), segment("words", "破损")), phrases("written off: 破损"));
    }

    @Test
    void aManagersOwnWordsAreNoPhrase() {
        for (String own :
                new String[] {"盘点发现多了两件", "damaged in the rain", "refund please", "stocktake of May", "", " "}) {
            assertEquals(Optional.empty(), StockReasons.phrases(own), own);
        }
        assertEquals(Optional.empty(), StockReasons.phrases(null));
    }

    @Test
    void anAdjustmentIsAStocktakeAWriteOffOrACorrection() {
        assertEquals("STOCKTAKE", StockReasons.kind(MovementKind.ADJUSTED, StockService.STOCKTAKE));
        assertEquals("OPENING_STOCK", StockReasons.kind(MovementKind.ADJUSTED, StockService.OPENING_STOCK));
        assertEquals("WRITTEN_OFF", StockReasons.kind(MovementKind.ADJUSTED, "written off: refund 1 of order LY-1"));
        assertEquals("ADJUSTED", StockReasons.kind(MovementKind.ADJUSTED, "盘点发现多了两件"));
        assertEquals("RETURNED", StockReasons.kind(MovementKind.RETURNED, "refund 1 of order LY-1"));
        assertEquals("RELEASED", StockReasons.kind(MovementKind.RELEASED, null));
        // only an adjustment is told apart by its reason
        assertEquals("RETURNED", StockReasons.kind(MovementKind.RETURNED, StockService.STOCKTAKE));
    }
}
