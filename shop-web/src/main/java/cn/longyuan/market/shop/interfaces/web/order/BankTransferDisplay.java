package cn.longyuan.market.shop.interfaces.web.order;

import cn.longyuan.market.application.ordering.OrderView;
import cn.longyuan.market.application.payment.BankTransferPayee;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import java.util.Optional;

/**
 * What a buyer who pays by bank transfer types into her bank's form: the payee (from configuration), the amount
 * and the order number as the transfer note, by when. Only while the order waits for the transfer; a payee that
 * is not configured leaves {@code payeeKnown} false and the page says whom to ask.
 */
public record BankTransferDisplay(
        boolean payeeKnown,
        String accountHolder,
        String bank,
        String accountNumber,
        String amount,
        String transferNote,
        String deadline) {

    /** The details for this order, or null when it is not an unpaid bank transfer. */
    public static BankTransferDisplay of(OrderView order, Optional<BankTransferPayee.Details> payee) {
        if (order.paymentMethod() != PaymentMethod.BANK_TRANSFER || order.status() != OrderStatus.AWAITING_PAYMENT) {
            return null;
        }
        return new BankTransferDisplay(
                payee.isPresent(),
                payee.map(BankTransferPayee.Details::accountHolder).orElse(null),
                payee.map(BankTransferPayee.Details::bank).orElse(null),
                payee.map(BankTransferPayee.Details::accountNumber).orElse(null),
                ShopTexts.price(order.total()),
                order.number(),
                order.expiresAt() == null ? null : ShopTexts.time(order.expiresAt()));
    }
}
