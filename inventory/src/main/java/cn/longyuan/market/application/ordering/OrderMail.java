package cn.longyuan.market.application.ordering;

import cn.longyuan.market.application.payment.BankTransferPayee;
import cn.longyuan.market.application.shared.MailMessage;
import cn.longyuan.market.domain.model.ordering.OrderStatus;
import cn.longyuan.market.domain.model.ordering.PaymentMethod;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The e-mails an order sends its buyer, as plain text in her language (Chinese or English, from
 * {@code mail_zh} / {@code mail_en} beside this class): the confirmation when it is placed — number, lines,
 * totals, how to pay, the link to follow it — and a note when a cooperative ships its part.
 */
public final class OrderMail {

    private static final ZoneId CHINA = MarketTime.ZONE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private OrderMail() {}

    /** The order page with its access token: whoever holds the link may follow the order. */
    public static String orderLink(String baseUrl, String number, String accessToken) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/order.xhtml?number=" + encode(number) + "&token=" + encode(accessToken);
    }

    public static MailMessage confirmation(
            OrderView order, String to, String language, String baseUrl, String accessToken) {
        return confirmation(order, to, language, baseUrl, accessToken, Optional.empty());
    }

    /** With the account a bank transfer is paid into, for an order paid that way. */
    public static MailMessage confirmation(
            OrderView order,
            String to,
            String language,
            String baseUrl,
            String accessToken,
            Optional<BankTransferPayee.Details> payee) {
        ResourceBundle texts = texts(language);
        StringBuilder body = new StringBuilder();
        body.append(format(texts, "greeting", order.contact().name())).append("\n\n");
        body.append(format(texts, "placed.intro", order.number())).append("\n\n");
        for (OrderView.Line line : order.lines()) {
            body.append(format(
                            texts,
                            "line",
                            line.name().in(Locale.forLanguageTag(language)),
                            line.quantity(),
                            price(line.unitPrice()),
                            price(line.lineTotal())))
                    .append('\n');
        }
        body.append('\n');
        body.append(format(texts, "subtotal", price(order.subtotal()))).append('\n');
        body.append(format(texts, "deliveryFee", price(order.deliveryFee()))).append('\n');
        body.append(format(texts, "total", price(order.total()))).append("\n\n");
        body.append(format(
                        texts,
                        "shipTo",
                        order.shippingAddress().province(),
                        order.shippingAddress().city(),
                        order.shippingAddress().district() == null
                                ? ""
                                : order.shippingAddress().district(),
                        order.shippingAddress().line()))
                .append("\n\n");
        gift(body, texts, order);
        if (order.paymentMethod() == PaymentMethod.BANK_TRANSFER) {
            String deadline = order.status() == OrderStatus.AWAITING_PAYMENT && order.expiresAt() != null
                    ? time(order.expiresAt())
                    : "-";
            body.append(format(texts, "pay.BANK_TRANSFER", price(order.total()), order.number(), deadline))
                    .append("\n\n");
            transferDetails(body, texts, order, payee, deadline);
        } else if (order.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY) {
            body.append(format(texts, "pay.CASH_ON_DELIVERY", price(order.total())));
        } else {
            body.append(format(texts, "pay.STRIPE"));
        }
        body.append("\n\n");
        body.append(format(texts, "follow")).append('\n');
        body.append(orderLink(baseUrl, order.number(), accessToken)).append("\n\n");
        body.append(format(texts, "signature")).append('\n');
        return new MailMessage(to, format(texts, "placed.subject", order.number()), body.toString());
    }

    /**
     * That the order is a gift, and her message as she wrote it, each line quoted ("> "): a text she typed can
     * then never pass for a line of the mail itself (an account number to pay into, a link to follow). It is a
     * MessageFormat argument, never part of the pattern, so braces and quotes in it stay as written.
     */
    private static void gift(StringBuilder body, ResourceBundle texts, OrderView order) {
        if (!order.isGift()) {
            return;
        }
        body.append(format(texts, "gift")).append('\n');
        if (order.gift().hasMessage()) {
            body.append(format(texts, "gift.message")).append('\n');
            for (String line : order.gift().messageLines()) {
                body.append("> ").append(line.strip()).append('\n');
            }
        }
        body.append('\n');
    }

    /** What to type into the bank's form, one thing a line, so that it can be copied from the mail. */
    private static void transferDetails(
            StringBuilder body,
            ResourceBundle texts,
            OrderView order,
            Optional<BankTransferPayee.Details> payee,
            String deadline) {
        if (payee.isEmpty()) {
            body.append(format(texts, "transfer.noPayee"));
            return;
        }
        body.append(format(texts, "transfer.heading")).append('\n');
        body.append(format(texts, "transfer.holder", payee.get().accountHolder()))
                .append('\n');
        body.append(format(texts, "transfer.bank", payee.get().bank())).append('\n');
        body.append(format(texts, "transfer.account", payee.get().accountNumber()))
                .append('\n');
        body.append(format(texts, "transfer.amount", price(order.total()))).append('\n');
        body.append(format(texts, "transfer.note", order.number())).append('\n');
        body.append(format(texts, "transfer.deadline", deadline));
    }

    public static MailMessage shipment(
            OrderView order,
            String to,
            String language,
            String cooperative,
            String carrier,
            String trackingNumber,
            String baseUrl) {
        ResourceBundle texts = texts(language);
        StringBuilder body = new StringBuilder();
        body.append(format(texts, "greeting", order.contact().name())).append("\n\n");
        body.append(format(texts, "shipped.intro", order.number(), cooperative)).append("\n\n");
        body.append(format(texts, "carrier", carrier)).append('\n');
        body.append(format(texts, "trackingNumber", trackingNumber)).append("\n\n");
        for (OrderView.Line line : order.lines()) {
            body.append(format(texts, "shipped.line", line.name().in(Locale.forLanguageTag(language)), line.quantity()))
                    .append('\n');
        }
        body.append('\n');
        body.append(format(texts, "shipped.follow", trimmed(baseUrl))).append("\n\n");
        body.append(format(texts, "signature")).append('\n');
        return new MailMessage(to, format(texts, "shipped.subject", order.number()), body.toString());
    }

    private static String trimmed(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static ResourceBundle texts(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return ResourceBundle.getBundle(
                "cn.longyuan.market.application.ordering.mail",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        MessageFormat format = new MessageFormat(texts.getString(key), texts.getLocale());
        return format.format(arguments);
    }

    private static String price(Money amount) {
        return "¥" + amount.toDecimalString();
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(CHINA)) + " (UTC+8)";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
