package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.domain.model.income.IncomeSplit;
import cn.longyuan.market.domain.model.income.SplitRule;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import java.math.BigDecimal;
import java.util.List;

/**
 * Where the money of one piece goes, as the product page shows it: the maker's, the cooperative's and the broker's
 * share of its price under the income split rule the ledger applies to a sale of it, in yuan and percent. Only the
 * rule's shares of this price: nothing of any woman's own income.
 */
public record PieceShares(String price, List<Share> shares) {

    /** One share: who ({@code maker}, {@code cooperative}, {@code broker}), her words for it, yuan, percent. */
    public record Share(String who, String label, String amount, String percent) {}

    static PieceShares of(IncomeSplit split, SplitRule rule) {
        return new PieceShares(
                ShopTexts.price(split.sale()),
                List.of(
                        share("maker", split.artisan(), rule.artisanPercent()),
                        share("cooperative", split.cooperative(), rule.cooperativePercent()),
                        share("broker", split.broker(), rule.brokerPercent())));
    }

    private static Share share(String who, cn.longyuan.market.domain.model.shared.Money amount, BigDecimal percent) {
        return new Share(
                who,
                ShopTexts.text("product.split." + who),
                ShopTexts.price(amount),
                percent.stripTrailingZeros().toPlainString() + "%");
    }
}
