package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.ListCriteria;
import cn.longyuan.market.application.shared.ListFilters;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
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
    public static final int MAX_TEXT = ListFilters.MAX_TEXT;

    public static OrderFilter status(OrderStatus status) {
        return new OrderFilter(null, status, null, null, null, null);
    }

    /** The filter as typed on a page; a wrong value is a VALIDATION refusal naming its field. */
    public static OrderFilter of(
            String text, OrderStatus status, LocalDate from, LocalDate to, Long cooperativeId, Long productId) {
        List<FieldViolation> violations = new ArrayList<>();
        OrderFilter filter = of(ListCriteria.checked(text, status, from, to, cooperativeId, productId, violations));
        ListFilters.refuseIfAny(violations, "The order filter is wrong.");
        return filter;
    }

    /** The filter as a query string gives it: status by name, dates YYYY-MM-DD, ids as decimal numbers. */
    public static OrderFilter parse(
            String text, String status, String from, String to, String cooperativeId, String productId) {
        List<FieldViolation> violations = new ArrayList<>();
        OrderFilter filter = read(text, status, from, to, cooperativeId, productId, violations);
        ListFilters.refuseIfAny(violations, "The order filter is wrong.");
        return filter;
    }

    /** As {@link #parse}, adding what is wrong to {@code violations}, for a list with parameters of its own. */
    public static OrderFilter read(
            String text,
            String status,
            String from,
            String to,
            String cooperativeId,
            String productId,
            List<FieldViolation> violations) {
        return of(ListCriteria.read(OrderStatus.class, text, status, from, to, cooperativeId, productId, violations));
    }

    private static OrderFilter of(ListCriteria<OrderStatus> c) {
        return new OrderFilter(c.text(), c.status(), c.from(), c.to(), c.cooperativeId(), c.productId());
    }
}
