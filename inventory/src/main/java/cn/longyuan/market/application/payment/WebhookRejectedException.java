package cn.longyuan.market.application.payment;

/** A webhook whose signature is missing, forged or too old, or whose body is not an event. */
public class WebhookRejectedException extends RuntimeException {

    public WebhookRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
