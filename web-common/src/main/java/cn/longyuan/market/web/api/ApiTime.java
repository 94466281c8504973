package cn.longyuan.market.web.api;

import cn.longyuan.market.domain.model.shared.MarketTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates and instants as the APIs write them: YYYY-MM-DD, and ISO-8601 with the market's offset (MarketTime). */
public final class ApiTime {

    public static final ZoneId CHINA = MarketTime.ZONE;

    private ApiTime() {}

    public static String instant(Instant instant) {
        return instant == null ? null : instant.atZone(CHINA).toOffsetDateTime().toString();
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
