package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.domain.model.shared.MarketTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How the back office's pages write times (Beijing time to the minute) and signed amounts. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MarketTime.ZONE);

    public String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** A signed decimal amount in yuan as read: "-68.00" is "-¥68.00", so that money taken back reads negative. */
    public String yuan(String signedDecimal) {
        return signedDecimal.startsWith("-") ? "-¥" + signedDecimal.substring(1) : "¥" + signedDecimal;
    }
}
