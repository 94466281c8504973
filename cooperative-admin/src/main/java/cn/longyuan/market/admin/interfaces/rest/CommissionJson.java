package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.brokerage.Commissions;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.brokerage.CommissionMonth;
import cn.longyuan.market.domain.model.brokerage.CommissionRule;
import cn.longyuan.market.domain.model.brokerage.CommissionSettlement;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.ApiTime;
import cn.longyuan.market.web.api.Ids;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The JSON of the brokers' commissions: ledgers, rates and settlements; amounts signed where they may fall below zero. */
final class CommissionJson {

    private CommissionJson() {}

    public record Line(
            String productId,
            String product,
            String kind,
            int quantity,
            String sales,
            String commission,
            String writtenIn,
            boolean carried) {}

    public record Order(String number, String sales, String commission, List<Line> lines) {}

    public record Settlement(
            String id,
            String broker,
            String month,
            String total,
            String currency,
            int entries,
            String settledBy,
            String settledAt) {}

    public record Ledger(
            String broker,
            String brokerName,
            String month,
            boolean settled,
            Settlement settlement,
            String sales,
            String total,
            String currency,
            int entries,
            List<Order> orders) {}

    public record Ledgers(String month, List<Ledger> items) {}

    public record Rate(
            String cooperativeId,
            String productId,
            int basisPoints,
            String percent,
            String updatedBy,
            String updatedAt) {}

    public record Rates(String broker, List<Rate> rules) {}

    static Ledger ledger(Commissions.Ledger l, Locale locale) {
        YearMonth month = l.month();
        return new Ledger(
                l.broker().username(),
                l.broker().displayName(),
                month.toString(),
                l.settled(),
                l.settled() ? settlement(l.settlement(), l.broker().username()) : null,
                CommissionMonth.decimal(l.saleFen()),
                CommissionMonth.decimal(l.totalFen()),
                Money.CURRENCY,
                l.entries(),
                l.orders().stream()
                        .map(o -> new Order(
                                o.orderNumber(),
                                CommissionMonth.decimal(o.saleFen()),
                                CommissionMonth.decimal(o.commissionFen()),
                                o.lines().stream()
                                        .map(x -> new Line(
                                                Ids.of(x.productId()),
                                                x.product().in(locale),
                                                x.kind().name(),
                                                x.quantity(),
                                                CommissionMonth.decimal(x.saleFen()),
                                                CommissionMonth.decimal(x.commissionFen()),
                                                x.writtenIn().toString(),
                                                x.carriedFrom(month)))
                                        .toList()))
                        .toList());
    }

    static Settlement settlement(CommissionSettlement s, String broker) {
        return new Settlement(
                Ids.of(s.id()),
                broker,
                s.month().toString(),
                CommissionMonth.decimal(s.totalFen()),
                Money.CURRENCY,
                s.entries(),
                s.settledBy(),
                ApiTime.instant(s.settledAt()));
    }

    static Rates rates(String broker, List<CommissionRule> rules) {
        return new Rates(
                broker,
                rules.stream()
                        .map(r -> new Rate(
                                r.rate().cooperativeId() == null
                                        ? null
                                        : Ids.of(r.rate().cooperativeId()),
                                r.rate().productId() == null
                                        ? null
                                        : Ids.of(r.rate().productId()),
                                r.rate().basisPoints(),
                                r.rate().percent(),
                                r.updatedBy(),
                                ApiTime.instant(r.updatedAt())))
                        .toList());
    }

    /** The month asked for (YYYY-MM), this month in China when none is. */
    static YearMonth month(String text, String field) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(MarketTime.ZONE);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RequestRefusedException.invalid(field, "a month YYYY-MM");
        }
    }
}
