package cn.longyuan.market.domain.model.shared;

import java.time.ZoneId;

/**
 * The market's clock face: the cooperatives, their buyers and the federation live in China, so "today", a month,
 * an order number's day and every time shown or mailed are read in China's time, whatever zone the server runs in.
 */
public final class MarketTime {

    /** The one zone of the market. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private MarketTime() {}
}
