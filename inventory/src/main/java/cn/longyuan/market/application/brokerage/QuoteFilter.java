package cn.longyuan.market.application.brokerage;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.ListCriteria;
import cn.longyuan.market.application.shared.ListFilters;
import cn.longyuan.market.domain.model.brokerage.QuoteStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which quotes a list shows: a text found in the quote's number, the buyer's name or phone; a status; the days made
 * (China time, both ends included); a cooperative with a product in its lines; a product in its lines. Null means any.
 */
public record QuoteFilter(
        String text, QuoteStatus status, LocalDate from, LocalDate to, Long cooperativeId, Long productId)
        implements Serializable {

    public static final QuoteFilter ANY = new QuoteFilter(null, null, null, null, null, null);

    /** The filter as typed on a page; a wrong value is a VALIDATION refusal naming its field. */
    public static QuoteFilter of(
            String text, QuoteStatus status, LocalDate from, LocalDate to, Long cooperativeId, Long productId) {
        List<FieldViolation> violations = new ArrayList<>();
        QuoteFilter filter = of(ListCriteria.checked(text, status, from, to, cooperativeId, productId, violations));
        ListFilters.refuseIfAny(violations, "The quote filter is wrong.");
        return filter;
    }

    /** The filter as a query string gives it, adding what is wrong to {@code violations}. */
    public static QuoteFilter read(
            String text,
            String status,
            String from,
            String to,
            String cooperativeId,
            String productId,
            List<FieldViolation> violations) {
        return of(ListCriteria.read(QuoteStatus.class, text, status, from, to, cooperativeId, productId, violations));
    }

    private static QuoteFilter of(ListCriteria<QuoteStatus> c) {
        return new QuoteFilter(c.text(), c.status(), c.from(), c.to(), c.cooperativeId(), c.productId());
    }
}
