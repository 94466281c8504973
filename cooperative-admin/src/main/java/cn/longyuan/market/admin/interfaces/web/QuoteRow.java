package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.domain.model.brokerage.Quote;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One quote as the quotes list shows it (kept with the view, so plain values). */
public record QuoteRow(
        String number, String customerName, String status, LocalDate validUntil, Instant createdAt, String total)
        implements Serializable {

    /** {@code status} is the quote's, or EXPIRED for an open quote past its day. */
    static QuoteRow of(Quote q, LocalDate today) {
        return new QuoteRow(
                q.number(),
                q.customerName(),
                q.isExpired(today) ? "EXPIRED" : q.status().name(),
                q.validUntil(),
                q.createdAt(),
                q.total().toDecimalString());
    }
}
