package cn.longyuan.market.domain.model.ordering;

import cn.longyuan.market.domain.model.shared.Money;

/**
 * What delivery costs. Each cooperative ships its own part, so the fee is charged per part: a flat
 * domestic fee, free from a part subtotal upwards (the usual Chinese shop practice), and a flat
 * international fee for parcels leaving China.
 */
public final class DeliveryFeePolicy {

    public static final Money DOMESTIC_FEE = Money.parse("12.00");
    public static final Money FREE_FROM = Money.parse("199.00");
    public static final Money INTERNATIONAL_FEE = Money.parse("90.00");

    private DeliveryFeePolicy() {}

    public static Money feeForPart(Money partSubtotal, ShippingAddress address) {
        if (!address.isDomestic()) {
            return INTERNATIONAL_FEE;
        }
        return partSubtotal.compareTo(FREE_FROM) >= 0 ? Money.ZERO : DOMESTIC_FEE;
    }
}
