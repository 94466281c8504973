package cn.longyuan.market.application.ordering;

import cn.longyuan.market.domain.model.ordering.CustomerOrder;
import cn.longyuan.market.domain.model.shared.MarketTime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Order numbers people can read out on the phone: "LY261129-7KQ4MX" — the day in Shanghai time and six
 * characters without look-alikes. Random rather than sequential, so a number tells nothing of the volume.
 */
public final class OrderNumbers {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyMMdd").withZone(MarketTime.ZONE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private OrderNumbers() {}

    static String next(EntityManager em, Instant now) {
        // FlushModeType.COMMIT: whether a number is taken needs nothing of this transaction written first
        return next(
                "LY",
                now,
                number -> !em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                        .setParameter("number", number)
                        .setFlushMode(FlushModeType.COMMIT)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty());
    }

    /** A free number of this prefix (orders "LY", quotes "QT"), tried against {@code taken}. */
    public static String next(String prefix, Instant now, java.util.function.Predicate<String> taken) {
        for (int attempt = 0; attempt < 10; attempt++) {
            StringBuilder number =
                    new StringBuilder(prefix).append(DAY.format(now)).append('-');
            for (int i = 0; i < 6; i++) {
                number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!taken.test(number.toString())) {
                return number.toString();
            }
        }
        throw new IllegalStateException("no free " + prefix + " number after 10 attempts");
    }
}
