package cn.longyuan.market.domain.model.brokerage;

import cn.longyuan.market.domain.model.shared.Money;
import java.util.Comparator;
import java.util.List;

/**
 * The unit price a quote offers for a quantity of one product: the tier with the highest minimum the
 * quantity reaches, never more than the list price (a tier set above the list price is ignored: a buyer of
 * many pieces never pays more per piece than a buyer of one).
 */
public final class WholesalePricing {

    private WholesalePricing() {}

    public static Money unitPrice(Money listPrice, int quantity, List<WholesalePrice> tiersOfProduct) {
        return tiersOfProduct.stream()
                .filter(t -> quantity >= t.minQuantity())
                .max(Comparator.comparingInt(WholesalePrice::minQuantity))
                .map(WholesalePrice::unitPrice)
                .filter(p -> p.compareTo(listPrice) < 0)
                .orElse(listPrice);
    }
}
