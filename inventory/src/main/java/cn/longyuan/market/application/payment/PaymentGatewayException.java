package cn.longyuan.market.application.payment;

/** The provider refused a call, failed, or did not answer in time. */
public class PaymentGatewayException extends RuntimeException {

    public enum Kind {
        /** the provider declined the payment method (a card error) */
        DECLINED,
        /** the provider is unreachable, slow or failing; trying again later may work */
        UNAVAILABLE,
        /** the provider refused the request itself (bad parameters, unknown intent, misconfiguration) */
        REJECTED
    }

    private final Kind kind;

    public PaymentGatewayException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
