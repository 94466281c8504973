package cn.longyuan.market.application.income;

import cn.longyuan.market.application.shared.FieldChecks;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.ListFilters;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which entries of the income ledger a list shows: an artisan's; a kind (sale, reversal, piece rate); the days they
 * were recorded (China time, both ends included); a cooperative's; a product's. Null means any.
 */
public record IncomeFilter(
        Long artisanId, IncomeEntry.Kind kind, LocalDate from, LocalDate to, Long cooperativeId, Long productId)
        implements Serializable {

    public static final IncomeFilter ANY = new IncomeFilter(null, null, null, null, null, null);

    /** The filter as chosen on a page; a wrong value is a VALIDATION refusal naming its field. */
    public static IncomeFilter of(
            Long artisanId, IncomeEntry.Kind kind, LocalDate from, LocalDate to, Long cooperativeId, Long productId) {
        List<FieldViolation> violations = new ArrayList<>();
        IncomeFilter filter = checked(artisanId, kind, from, to, cooperativeId, productId, violations);
        ListFilters.refuseIfAny(violations, "The income filter is wrong.");
        return filter;
    }

    /** The filter as a query string gives it, adding what is wrong to {@code violations}. */
    public static IncomeFilter read(
            String artisanId,
            String kind,
            String from,
            String to,
            String cooperativeId,
            String productId,
            List<FieldViolation> violations) {
        return checked(
                ListFilters.id("artisan", artisanId, violations),
                ListFilters.constant(IncomeEntry.Kind.class, "kind", kind, violations),
                FieldChecks.date(violations, "from", from),
                FieldChecks.date(violations, "to", to),
                ListFilters.id("cooperative", cooperativeId, violations),
                ListFilters.id("product", productId, violations),
                violations);
    }

    private static IncomeFilter checked(
            Long artisanId,
            IncomeEntry.Kind kind,
            LocalDate from,
            LocalDate to,
            Long cooperativeId,
            Long productId,
            List<FieldViolation> violations) {
        ListFilters.range(from, to, violations);
        return new IncomeFilter(
                ListFilters.positive("artisan", artisanId, violations),
                kind,
                from,
                to,
                ListFilters.positive("cooperative", cooperativeId, violations),
                ListFilters.positive("product", productId, violations));
    }
}
