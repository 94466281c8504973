package cn.longyuan.market.application.ordering;

/**
 * A new order was placed (not a replay of one). Fired inside the placing transaction; its observers act only
 * once that transaction has committed. Carries the access token, which the database keeps only hashed, for the
 * link in the confirmation e-mail, and whether the buyer gave an address to send it to (most phone and guest orders
 * give none: then nothing is composed, and no database connection is taken for it).
 */
public record OrderPlaced(long orderId, String accessToken, boolean hasEmail) {}
