package cn.longyuan.market.application.backoffice;

import cn.longyuan.market.application.FieldChecks;
import cn.longyuan.market.application.FieldViolation;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.RequestRefusedException.Reason;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which of the orders a back-office user handles a list shows: a text found in the order number, the buyer's name or
 * phone; a status; the days placed (China time, both ends included); a cooperative with a part in it; a product in
 * its lines. Null means any. The filters narrow the orders the user handles, never widen them.
 */
public record OrderFilter(
        String text, OrderStatus status, LocalDate from, LocalDate to, Long cooperativeId, Long productId)
        implements Serializable {

    public static final OrderFilter ANY = new OrderFilter(null, null, null, null, null, null);
    public static final int MAX_TEXT = 100;

    public static OrderFilter status(OrderStatus status) {
        return new OrderFilter(null, status, null, null, null, null);
    }

    /** The filter as typed on a page; a wrong value is a VALIDATION refusal naming its field. */
    public static OrderFilter of(
            String text, OrderStatus status, LocalDate from, LocalDate to, Long cooperativeId, Long productId) {
        List<FieldViolation> violations = new ArrayList<>();
        OrderFilter filter = checked(text, status, from, to, cooperativeId, productId, violations);
        refuseIfAny(violations);
        return filter;
    }

    /** The filter as a query string gives it: status by name, dates YYYY-MM-DD, ids as decimal numbers. */
    public static OrderFilter parse(
            String text, String status, String from, String to, String cooperativeId, String productId) {
        List<FieldViolation> violations = new ArrayList<>();
        OrderStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = OrderStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("status", "one of " + Arrays.toString(OrderStatus.values())));
            }
        }
        OrderFilter filter = checked(
                text,
                s,
                FieldChecks.date(violations, "from", from),
                FieldChecks.date(violations, "to", to),
                id("cooperative", cooperativeId, violations),
                id("product", productId, violations),
                violations);
        refuseIfAny(violations);
        return filter;
    }

    private static OrderFilter checked(
            String text,
            OrderStatus status,
            LocalDate from,
            LocalDate to,
            Long cooperativeId,
            Long productId,
            List<FieldViolation> violations) {
        String t = text == null || text.isBlank() ? null : text.strip();
        if (t != null && t.length() > MAX_TEXT) {
            violations.add(new FieldViolation("q", "at most " + MAX_TEXT + " characters"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new FieldViolation("to", "must not be before from"));
        }
        if (cooperativeId != null && cooperativeId <= 0) {
            violations.add(new FieldViolation("cooperative", "a positive id"));
        }
        if (productId != null && productId <= 0) {
            violations.add(new FieldViolation("product", "a positive id"));
        }
        return new OrderFilter(t, status, from, to, cooperativeId, productId);
    }

    private static void refuseIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(Reason.VALIDATION, "The order filter is wrong.", violations);
        }
    }

    private static Long id(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(field, "a positive id"));
            return null;
        }
    }
}
