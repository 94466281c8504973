package cn.longyuan.market.domain.model.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.domain.model.ordering.InvalidTransitionException;
import cn.longyuan.market.domain.model.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkTaskTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    private static WorkTask task(int quantity) {
        return new WorkTask(1, 2, 3, 4, quantity, Money.parse("6.50"), LocalDate.of(2026, 12, 20), "broker-li", NOW);
    }

    @Test
    void aTaskStartsAssignedAndMaterialsSetItInProgress() {
        WorkTask task = task(100);
        assertEquals(TaskStatus.ASSIGNED, task.status());
        assertEquals(100, task.outstanding());
        task.materialsIssued();
        assertEquals(TaskStatus.IN_PROGRESS, task.status());
        task.materialsIssued(); // more thread later changes nothing
        assertEquals(TaskStatus.IN_PROGRESS, task.status());
    }

    @Test
    void onlyATaskInProgressTakesReturnsAndOnlyAssignedOrInProgressIsOpen() {
        assertEquals(
                java.util.Set.of(TaskStatus.IN_PROGRESS),
                java.util.EnumSet.allOf(TaskStatus.class).stream()
                        .filter(TaskStatus::takesReturns)
                        .collect(java.util.stream.Collectors.toSet()));
        assertEquals(
                java.util.Set.of(TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS),
                java.util.EnumSet.allOf(TaskStatus.class).stream()
                        .filter(TaskStatus::isOpen)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void noPiecesComeBackBeforeMaterialsWereIssued() {
        WorkTask task = task(10);
        assertThrows(InvalidTransitionException.class, () -> task.piecesReturned(5, 0, null));
        assertEquals(0, task.accepted());
    }

    @Test
    void returnsCountAgainstThePiecesStillOutAndTheLastOneClosesTheTask() {
        WorkTask task = task(100);
        task.materialsIssued();
        task.piecesReturned(60, 0, null);
        assertEquals(40, task.outstanding());
        assertEquals(TaskStatus.IN_PROGRESS, task.status());
        task.piecesReturned(35, 5, "绣线走样");
        assertEquals(TaskStatus.RETURNED, task.status());
        assertEquals(95, task.accepted());
        assertEquals(5, task.rejected());
        assertEquals(0, task.outstanding());
        assertEquals(Money.parse("617.50"), task.earned());
        assertThrows(InvalidTransitionException.class, () -> task.piecesReturned(1, 0, null));
    }

    @Test
    void overReturningIsRefusedAndChangesNothing() {
        WorkTask task = task(100);
        task.materialsIssued();
        task.piecesReturned(90, 0, null);
        TaskRuleException over = assertThrows(TaskRuleException.class, () -> task.piecesReturned(8, 3, "破损"));
        assertEquals("accepted", over.field());
        assertEquals(90, task.accepted());
        assertEquals(0, task.rejected());
        assertEquals(10, task.outstanding());
        task.piecesReturned(8, 2, "破损"); // exactly what is out is fine
        assertEquals(TaskStatus.RETURNED, task.status());
    }

    @Test
    void rejectedPiecesNeedAReasonAndAReturnCountsAPiece() {
        WorkTask task = task(10);
        task.materialsIssued();
        assertEquals(
                "rejectReason",
                assertThrows(TaskRuleException.class, () -> task.piecesReturned(2, 1, " "))
                        .field());
        assertEquals(
                "accepted",
                assertThrows(TaskRuleException.class, () -> task.piecesReturned(0, 0, null))
                        .field());
        assertEquals(
                "accepted",
                assertThrows(TaskRuleException.class, () -> task.piecesReturned(-1, 2, "x"))
                        .field());
        assertEquals(
                "rejected",
                assertThrows(TaskRuleException.class, () -> task.piecesReturned(2, -1, "x"))
                        .field());
        assertEquals(10, task.outstanding());
    }

    @Test
    void aCancelledTaskKeepsWhatCameBackAndTakesNothingMore() {
        WorkTask task = task(50);
        task.materialsIssued();
        task.piecesReturned(20, 0, null);
        assertEquals(
                "reason",
                assertThrows(TaskRuleException.class, () -> task.cancel("")).field());
        task.cancel("她家里有事，做不完了");
        assertEquals(TaskStatus.CANCELLED, task.status());
        assertEquals(0, task.outstanding());
        assertEquals(20, task.piecesCovered());
        assertThrows(InvalidTransitionException.class, task::materialsIssued);
        assertThrows(InvalidTransitionException.class, () -> task.cancel("again"));
    }

    @Test
    void aTaskNeedsPiecesARateAndADay() {
        assertEquals(
                "quantity",
                assertThrows(
                                TaskRuleException.class,
                                () -> new WorkTask(
                                        1, 2, 3, 4, 0, Money.parse("1.00"), LocalDate.of(2026, 12, 1), "x", NOW))
                        .field());
        assertEquals(
                "pieceRate",
                assertThrows(
                                TaskRuleException.class,
                                () -> new WorkTask(1, 2, 3, 4, 1, Money.ZERO, LocalDate.of(2026, 12, 1), "x", NOW))
                        .field());
        assertEquals(
                "dueOn",
                assertThrows(
                                TaskRuleException.class,
                                () -> new WorkTask(1, 2, 3, 4, 1, Money.parse("1.00"), null, "x", NOW))
                        .field());
    }

    @Test
    void materialsNeedWhatHowMuchAndAUnit() {
        assertEquals(
                "material",
                assertThrows(TaskRuleException.class, () -> new MaterialIssue(1, " ", BigDecimal.ONE, "米", "x", NOW))
                        .field());
        assertEquals(
                "amount",
                assertThrows(TaskRuleException.class, () -> new MaterialIssue(1, "丝线", BigDecimal.ZERO, "米", "x", NOW))
                        .field());
        assertEquals(
                "amount",
                assertThrows(
                                TaskRuleException.class,
                                () -> new MaterialIssue(1, "丝线", new BigDecimal("1.005"), "米", "x", NOW))
                        .field());
        assertEquals(
                "unit",
                assertThrows(TaskRuleException.class, () -> new MaterialIssue(1, "丝线", BigDecimal.TEN, "", "x", NOW))
                        .field());
        assertEquals("丝线", new MaterialIssue(1, " 丝线 ", new BigDecimal("2.50"), "卷", "x", NOW).material());
    }

    @Test
    void aPieceRateEntryIsAllTheArtisansAndSoldNothing() {
        IncomeEntry entry = IncomeEntry.pieceRate(3, 4, 5, 6, 2, 7L, 95, Money.parse("6.50"), "broker-li", NOW);
        assertEquals(IncomeEntry.Kind.PIECE_RATE, entry.kind());
        assertEquals(null, entry.orderId());
        assertEquals(61_750, entry.signedArtisanFen());
        assertEquals(0, entry.signedSaleFen());
        assertEquals(Money.ZERO, entry.split().broker());
        assertEquals(Money.ZERO, entry.split().cooperative());
    }
}
