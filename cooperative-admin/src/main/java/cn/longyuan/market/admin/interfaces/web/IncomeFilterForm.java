package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.income.IncomeFilter;
import cn.longyuan.market.domain.model.income.IncomeEntry;

/** The income ledger list's filters as chosen: artisan, kind, days, cooperative (federation staff), product. */
public class IncomeFilterForm extends ListFilterForm {

    private static final long serialVersionUID = 1L;

    private Long artisanId;
    private IncomeEntry.Kind kind;

    IncomeFilter filter(boolean cooperativeOffered) {
        return IncomeFilter.of(
                artisanId, kind, getFrom(), getTo(), cooperativeOffered ? getCooperativeId() : null, getProductId());
    }

    public Long getArtisanId() {
        return artisanId;
    }

    public void setArtisanId(Long artisanId) {
        this.artisanId = artisanId;
    }

    public IncomeEntry.Kind getKind() {
        return kind;
    }

    public void setKind(IncomeEntry.Kind kind) {
        this.kind = kind;
    }
}
