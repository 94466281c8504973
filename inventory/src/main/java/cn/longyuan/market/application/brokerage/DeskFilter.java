package cn.longyuan.market.application.brokerage;

import cn.longyuan.market.application.ordering.OrderFilter;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.ListFilters;
import java.io.Serializable;
import java.util.List;

/**
 * Which orders the desk's lists show: the orders list's filter (text, status, days placed, cooperative, product) and,
 * for the list of handled orders, a broker by user name (open orders have none). Null means any.
 */
public record DeskFilter(OrderFilter orders, String broker) implements Serializable {

    public static final DeskFilter ANY = new DeskFilter(OrderFilter.ANY, null);

    public DeskFilter {
        orders = orders == null ? OrderFilter.ANY : orders;
        broker = broker == null || broker.isBlank() ? null : broker.strip();
    }

    /** The broker's user name as typed or chosen, adding "at most 100 characters" under {@code broker}. */
    public static String broker(String broker, List<FieldViolation> violations) {
        if (broker != null && broker.strip().length() > ListFilters.MAX_TEXT) {
            violations.add(new FieldViolation("broker", "at most " + ListFilters.MAX_TEXT + " characters"));
            return null;
        }
        return broker;
    }
}
