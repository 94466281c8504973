package cn.longyuan.market.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.longyuan.market.domain.model.ordering.OrderStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ListCriteriaTest {

    @Test
    void aQueryStringIsReadIntoTypedCriteriaWithTheTextStripped() {
        List<FieldViolation> violations = new ArrayList<>();
        ListCriteria<OrderStatus> c = ListCriteria.read(
                OrderStatus.class, "  李娜 ", "PAID", "2026-11-01", "2026-11-30", "3", " 42 ", violations);

        assertTrue(violations.isEmpty(), violations.toString());
        assertEquals(
                new ListCriteria<>(
                        "李娜", OrderStatus.PAID, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 3L, 42L),
                c);
    }

    @Test
    void blankParametersMeanAny() {
        List<FieldViolation> violations = new ArrayList<>();
        ListCriteria<OrderStatus> c = ListCriteria.read(OrderStatus.class, " ", "", null, "", " ", null, violations);

        assertTrue(violations.isEmpty(), violations.toString());
        assertEquals(new ListCriteria<OrderStatus>(null, null, null, null, null, null), c);
    }

    @Test
    void everyWrongParameterIsReportedInOneGoUnderItsOwnName() {
        List<FieldViolation> violations = new ArrayList<>();
        ListCriteria<OrderStatus> c = ListCriteria.read(
                OrderStatus.class, "x".repeat(101), "SOLD", "2026-13-01", "yesterday", "-2", "abc", violations);

        assertEquals(
                Set.of("q", "status", "from", "to", "cooperative", "product"),
                violations.stream().map(FieldViolation::field).collect(Collectors.toSet()),
                violations.toString());
        assertEquals(6, violations.size(), "one violation each");
        assertNull(c.status());
    }

    @Test
    void daysTheWrongWayRoundAreRefusedUnderTo() {
        List<FieldViolation> violations = new ArrayList<>();
        ListCriteria.checked(null, null, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1), null, null, violations);

        assertEquals(List.of(new FieldViolation("to", "must not be before from")), violations);
    }
}
