package cn.longyuan.market.application.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * The six criteria an order list and a quote list share — a search text, a status, days from/to (China time, both
 * included), a cooperative and a product — checked in one place: each wrong one adds its violation, so a list refuses
 * every wrong parameter in one answer. {@code OrderFilter} and {@code QuoteFilter} are made from it.
 */
public record ListCriteria<S extends Enum<S>>(
        String text, S status, LocalDate from, LocalDate to, Long cooperativeId, Long productId) {

    /** The criteria as a page gives them (typed values), adding what is wrong to {@code violations}. */
    public static <S extends Enum<S>> ListCriteria<S> checked(
            String text,
            S status,
            LocalDate from,
            LocalDate to,
            Long cooperativeId,
            Long productId,
            List<FieldViolation> violations) {
        String t = ListFilters.text(text, violations);
        ListFilters.range(from, to, violations);
        return new ListCriteria<>(
                t,
                status,
                from,
                to,
                ListFilters.positive("cooperative", cooperativeId, violations),
                ListFilters.positive("product", productId, violations));
    }

    /**
     * The criteria as a query string gives them (status by name, dates YYYY-MM-DD, ids as decimal numbers), adding
     * what is wrong to {@code violations}.
     */
    public static <S extends Enum<S>> ListCriteria<S> read(
            Class<S> statuses,
            String text,
            String status,
            String from,
            String to,
            String cooperativeId,
            String productId,
            List<FieldViolation> violations) {
        return checked(
                text,
                ListFilters.constant(statuses, "status", status, violations),
                FieldChecks.date(violations, "from", from),
                FieldChecks.date(violations, "to", to),
                ListFilters.id("cooperative", cooperativeId, violations),
                ListFilters.id("product", productId, violations),
                violations);
    }
}
