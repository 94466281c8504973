package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.brokerage.QuoteFilter;
import cn.longyuan.market.domain.model.brokerage.QuoteStatus;

/** The quotes list's search and filters as typed: text, status, days made, cooperative, product. */
public class QuoteFilterForm extends ListFilterForm {

    private static final long serialVersionUID = 1L;

    private QuoteStatus status;

    QuoteFilter filter() {
        return QuoteFilter.of(getText(), status, getFrom(), getTo(), getCooperativeId(), getProductId());
    }

    public QuoteStatus getStatus() {
        return status;
    }

    public void setStatus(QuoteStatus status) {
        this.status = status;
    }
}
