package cn.longyuan.market.application.buying;

/**
 * A new order was placed (not a replay of one). Fired inside the placing transaction; its observers act only
 * once that transaction has committed. Carries the access token, which the database keeps only hashed, for the
 * link in the confirmation e-mail.
 */
public record OrderPlaced(long orderId, String accessToken) {
}
