package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.brokerage.Commissions;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.brokerage.CommissionRate;
import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A row of the commission rates form: what it is for, as its choice's value ("" everything, "c:ID" a cooperative,
 * "p:ID" a product), and the percent.
 */
public class CommissionRateRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String COOPERATIVE = "c:";
    private static final String PRODUCT = "p:";

    private String target = "";
    private BigDecimal percent;

    static CommissionRateRow of(CommissionRate rate) {
        CommissionRateRow row = new CommissionRateRow();
        row.target = rate.productId() != null
                ? PRODUCT + rate.productId()
                : rate.cooperativeId() != null ? COOPERATIVE + rate.cooperativeId() : "";
        row.percent = rate.percentDecimal();
        return row;
    }

    /** The form's choices: everything, then each cooperative followed by its products (indented under it). */
    static List<SelectItem> choices(List<Commissions.Target> targets, Locale locale, String everything) {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", everything));
        for (Commissions.Target t : targets) {
            items.add(
                    t.productId() == null
                            ? new SelectItem(
                                    COOPERATIVE + t.cooperativeId(),
                                    t.cooperative().in(locale))
                            : new SelectItem(
                                    PRODUCT + t.productId(),
                                    "　" + t.cooperative().in(locale) + " · "
                                            + t.product().in(locale)));
        }
        return items;
    }

    /** The row as the service takes it; a percent that is no rate is refused on the field "percent". */
    Commissions.RateInput input() {
        int basisPoints = CommissionRate.basisPointsOfPercent(percent)
                .orElseThrow(
                        () -> RequestRefusedException.invalid("percent", "from 0 to 100 with at most two decimals"));
        String t = target == null ? "" : target;
        return new Commissions.RateInput(idAfter(t, COOPERATIVE), idAfter(t, PRODUCT), basisPoints);
    }

    /** The id a choice names after its prefix; a choice the form never offered is refused like an unknown target. */
    private static Long idAfter(String choice, String prefix) {
        if (!choice.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.valueOf(choice.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw RequestRefusedException.invalid("target", "not one of the choices");
        }
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }
}
