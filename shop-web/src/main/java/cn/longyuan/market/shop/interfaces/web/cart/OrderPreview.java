package cn.longyuan.market.shop.interfaces.web.cart;

import cn.longyuan.market.application.ordering.PlaceOrderCommand;
import cn.longyuan.market.domain.model.ordering.DeliveryFeePolicy;
import cn.longyuan.market.domain.model.ordering.OrderLine;
import cn.longyuan.market.domain.model.ordering.OrderPricing;
import cn.longyuan.market.domain.model.ordering.ShippingAddress;
import cn.longyuan.market.domain.model.shared.BilingualText;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import java.io.Serializable;
import java.util.List;

/**
 * What an order of the cart's lines will cost before it is placed: subtotal, one delivery fee per
 * cooperative's part, total.
 * <p>
 * The figures are not computed here. They come from {@link OrderPricing}, the code that prices every order
 * {@code OrderService} places, applied to the prices the catalogue shows now. So the page cannot add up
 * differently from the order: parts, fees and free delivery follow the same rule ({@link DeliveryFeePolicy}) in
 * the same place. Once the order is placed, the pages show the placed order's own figures.
 */
public record OrderPreview(String subtotal, String deliveryFee, String total, List<Part> parts)
        implements Serializable {

    /** One cooperative's part: it ships on its own and has its own delivery fee. */
    public record Part(String cooperative, String subtotal, String deliveryFee, boolean freeDelivery)
            implements Serializable {}

    public static OrderPreview of(List<CartLine> lines, String country) {
        List<OrderLine.Draft> drafts = lines.stream()
                .filter(l -> l.getQuantity() != null && l.getQuantity() > 0)
                .map(l -> new OrderLine.Draft(
                        l.getProductId(),
                        l.getCooperativeId(),
                        new BilingualText(l.getName(), null),
                        l.getQuantity(),
                        Money.ofFen(l.getUnitPriceFen())))
                .toList();
        if (drafts.isEmpty()) {
            String zero = ShopTexts.price(Money.ZERO);
            return new OrderPreview(zero, zero, zero, List.of());
        }
        OrderPricing order = OrderPricing.of(drafts, destination(country));
        List<Part> parts = order.parts().stream()
                .map(p -> new Part(
                        cooperativeOf(lines, p),
                        ShopTexts.price(p.subtotal()),
                        ShopTexts.price(p.deliveryFee()),
                        p.deliveryFee().isZero()))
                .toList();
        return new OrderPreview(
                ShopTexts.price(order.subtotal()),
                ShopTexts.price(order.deliveryFee()),
                ShopTexts.price(order.total()),
                parts);
    }

    private static String cooperativeOf(List<CartLine> lines, OrderPricing.PartPrice part) {
        return lines.stream()
                .filter(l -> l.getCooperativeId() == part.cooperativeId())
                .map(CartLine::getCooperative)
                .findFirst()
                .orElse("");
    }

    /**
     * The rule as the buyer reads it for a parcel to that country (ISO code; none is China), the one
     * {@link DeliveryFeePolicy} prices it by: "每个合作社单独发货：运费 ¥12.00，满 ¥199.00 包邮" within China, the flat
     * international fee with no free delivery for any other country.
     */
    public static String deliveryRule(String country) {
        if (!destination(country).isDomestic()) {
            return ShopTexts.text("summary.deliveryRuleAbroad", ShopTexts.price(DeliveryFeePolicy.INTERNATIONAL_FEE));
        }
        return ShopTexts.text(
                "summary.deliveryRule",
                ShopTexts.price(DeliveryFeePolicy.DOMESTIC_FEE),
                ShopTexts.price(DeliveryFeePolicy.FREE_FROM));
    }

    private static ShippingAddress destination(String country) {
        return new ShippingAddress(PlaceOrderCommand.normaliseCountry(country), null, null, null, null, null);
    }
}
