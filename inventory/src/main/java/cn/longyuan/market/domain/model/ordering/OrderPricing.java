package cn.longyuan.market.domain.model.ordering;

import cn.longyuan.market.domain.model.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * What an order of these lines costs, sent to this address: one part per cooperative (ordered by its id),
 * each with its subtotal and its delivery fee ({@link DeliveryFeePolicy}), and the order's totals. The one
 * place an order is priced — a placed order and the checkout's preview of it alike.
 */
public record OrderPricing(List<PartPrice> parts, Money subtotal, Money deliveryFee, Money total) {

    /** One cooperative's part of the order: it ships on its own and pays its own delivery. */
    public record PartPrice(long cooperativeId, Money subtotal, Money deliveryFee) {}

    public static OrderPricing of(List<OrderLine.Draft> drafts, ShippingAddress address) {
        List<PartPrice> parts = new ArrayList<>();
        Money subtotal = Money.ZERO;
        Money fees = Money.ZERO;
        for (long cooperativeId : drafts.stream()
                .mapToLong(OrderLine.Draft::cooperativeId)
                .distinct()
                .sorted()
                .toArray()) {
            Money partSubtotal = drafts.stream()
                    .filter(d -> d.cooperativeId() == cooperativeId)
                    .map(d -> d.unitPrice().times(d.quantity()))
                    .reduce(Money.ZERO, Money::plus);
            Money fee = DeliveryFeePolicy.feeForPart(partSubtotal, address);
            parts.add(new PartPrice(cooperativeId, partSubtotal, fee));
            subtotal = subtotal.plus(partSubtotal);
            fees = fees.plus(fee);
        }
        return new OrderPricing(List.copyOf(parts), subtotal, fees, subtotal.plus(fees));
    }
}
