package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.brokerage.Commissions;
import cn.longyuan.market.domain.model.brokerage.CommissionRule;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The commission-rates form of the commissions page (federation staff): one row per rate of the broker, rows added
 * and removed on the page and saved together, which replaces all her rates at once.
 */
public class CommissionRatesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<CommissionRateRow> rows = new ArrayList<>();

    /** The broker's rates as they are stored. */
    void fill(List<CommissionRule> rules) {
        rows = new ArrayList<>(
                rules.stream().map(rule -> CommissionRateRow.of(rule.rate())).toList());
    }

    List<Commissions.RateInput> inputs() {
        return rows.stream().map(CommissionRateRow::input).toList();
    }

    public void add() {
        rows.add(new CommissionRateRow());
    }

    public void remove(CommissionRateRow row) {
        rows.remove(row);
    }

    public List<CommissionRateRow> getRows() {
        return rows;
    }
}
