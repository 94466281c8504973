package cn.longyuan.market.shop.interfaces.web.account;

import cn.longyuan.market.application.ordering.BuyerOrders;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Her orders ({@code /account/orders.xhtml}), newest first, each leading to its tracking page. */
@Named
@RequestScoped
public class AccountOrders {

    /** One row of the history, in the page's language. */
    public record Row(
            String number,
            String statusCode,
            String status,
            String placedAt,
            String total,
            int pieces,
            boolean cancellable) {}

    @Inject
    private BuyerOrders orders;

    @Inject
    private CurrentBuyer buyer;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = orders.history(buyer.accountId()).stream()
                    .map(o -> new Row(
                            o.number(),
                            o.status(),
                            ShopTexts.hasText("order.status." + o.status())
                                    ? ShopTexts.text("order.status." + o.status())
                                    : o.status(),
                            ShopTexts.time(o.placedAt()),
                            ShopTexts.price(o.total()),
                            o.pieces(),
                            o.cancellable()))
                    .toList();
        }
        return rows;
    }
}
