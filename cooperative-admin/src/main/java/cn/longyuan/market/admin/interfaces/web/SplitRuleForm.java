package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.domain.model.income.SplitRule;
import java.io.Serializable;
import java.math.BigDecimal;

/** The income page's split rule form: the artisan's and the broker's shares in percent (the cooperative keeps the rest). */
public class SplitRuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private BigDecimal artisanPercent;
    private BigDecimal brokerPercent;

    /** Fills the form with the rule in force. */
    void show(SplitRule rule) {
        artisanPercent = rule.artisanPercent();
        brokerPercent = rule.brokerPercent();
    }

    public BigDecimal getArtisanPercent() {
        return artisanPercent;
    }

    public void setArtisanPercent(BigDecimal artisanPercent) {
        this.artisanPercent = artisanPercent;
    }

    public BigDecimal getBrokerPercent() {
        return brokerPercent;
    }

    public void setBrokerPercent(BigDecimal brokerPercent) {
        this.brokerPercent = brokerPercent;
    }
}
