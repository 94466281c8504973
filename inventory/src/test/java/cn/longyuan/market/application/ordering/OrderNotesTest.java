package cn.longyuan.market.application.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.application.shared.Segment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderNotesTest {

    private static List<Segment> phrases(String note) {
        return OrderNotes.phrases(note).orElseThrow(() -> new AssertionError("no phrase for: " + note));
    }

    private static Segment segment(String key, String... args) {
        return new Segment(key, List.of(args));
    }

    @Test
    void theServicesNotesAreReadAsPhrasesWithTheirValues() {
        assertEquals(List.of(segment("placed")), phrases("placed"));
        assertEquals(List.of(segment("deliveredOn", "2026-12-01")), phrases("delivered on 2026-12-01"));
        assertEquals(List.of(segment("paidOnline", "pi_123")), phrases("paid online (pi_123)"));
        assertEquals(
                List.of(segment("paidOnlineAfterLapse", "pi_123")),
                phrases("paid online (pi_123) after its hold lapsed; pieces held again"));
        assertEquals(
                List.of(segment("received.BANK_TRANSFER", "56.00", "2026-11-30")),
                phrases("BANK_TRANSFER 56.00 received on 2026-11-30"));
        assertEquals(
                List.of(segment("returnedWrittenOff", "2", "庆阳香包", "绣线断了")),
                phrases("2 × 庆阳香包 returned, written off: 绣线断了"));
        assertEquals(List.of(segment("cancelledByBuyer")), phrases("cancelled by the buyer"));
        assertEquals(List.of(segment("allPartsShipped")), phrases("every part shipped"));
        assertEquals(List.of(segment("everyOtherPartShipped")), phrases("every other part shipped"));
        assertEquals(List.of(segment("refundDue", "买家不要了")), phrases("买家不要了 (refund due)"));
        assertEquals(
                List.of(segment("returnRequested.DAMAGED", "2", "1")),
                phrases("return of 2 × line 1 requested (DAMAGED)"));
        assertEquals(
                List.of(segment("returnRequested.CHANGED_MIND", "1", "3")),
                phrases("return of 1 × line 3 requested (CHANGED_MIND)"));
    }

    @Test
    void aHoldIsSaidInHoursWhenItIsWholeHoursElseInMinutes() {
        assertEquals(List.of(segment("unpaidAfterHours", "48")), phrases("unpaid after PT48H"));
        assertEquals(List.of(segment("unpaidAfterMinutes", "30")), phrases("unpaid after PT30M"));
        assertEquals(Optional.empty(), OrderNotes.phrases("unpaid after soon"));
    }

    @Test
    void aRefundIsItsAmountHowWhatBecameOfThePiecesAndTheReason() {
        assertEquals(
                List.of(segment("refundedRecorded", "28.00"), segment("piecesRestocked"), segment("reason", "颜色不对")),
                phrases("refunded 28.00 (recorded), pieces back in stock: 颜色不对"));
        assertEquals(
                List.of(segment("refundedThrough", "56.00", "re_9"), segment("piecesPartlyRestocked")),
                phrases("refunded 56.00 through re_9, pieces partly back in stock"));
        assertEquals(List.of(segment("refundedRecorded", "10.00")), phrases("refunded 10.00 (recorded)"));
        // an accepted return request: its reason of the list as a phrase, the buyer's words as she wrote them
        assertEquals(
                List.of(
                        segment("refundedRecorded", "28.00"),
                        segment("piecesRestocked"),
                        segment("returnRequest.DAMAGED", "12"),
                        segment("buyerWords", "一角开线了")),
                phrases("refunded 28.00 (recorded), pieces back in stock: return request 12: DAMAGED — 一角开线了"));
    }

    @Test
    void aRefundFromAReturnRequestSaysItsChosenReasonAsAPhraseAndKeepsTheBuyersNote() {
        assertEquals(
                List.of(
                        segment("refundedRecorded", "28.00"),
                        segment("piecesRestocked"),
                        segment("returnRequest.DAMAGED", "5"),
                        segment("buyerWords", "一角开线了")),
                phrases("refunded 28.00 (recorded), pieces back in stock: return request 5: DAMAGED — 一角开线了"));
        assertEquals(
                List.of(segment("refundedRecorded", "28.00"), segment("returnRequest.CHANGED_MIND", "12")),
                phrases("refunded 28.00 (recorded): return request 12: CHANGED_MIND"));
        assertEquals(
                List.of(segment("refundedRecorded", "28.00"), segment("reason", "return request 3: LOST")),
                phrases("refunded 28.00 (recorded): return request 3: LOST"),
                "a reason not on the list stays as written");
    }

    @Test
    void aPersonsOwnWordsAreNoPhrase() {
        for (String own : new String[] {"顺丰 SF1234567890", "买家电话取消", "placed by phone", "", "  "}) {
            assertEquals(Optional.empty(), OrderNotes.phrases(own), own);
        }
        assertEquals(Optional.empty(), OrderNotes.phrases(null));
    }
}
