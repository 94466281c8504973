package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.domain.model.shared.MarketTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How the back office's pages write times: Beijing time to the minute. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MarketTime.ZONE);

    public String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
