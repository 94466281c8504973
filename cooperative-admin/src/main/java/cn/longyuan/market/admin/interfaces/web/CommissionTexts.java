package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.brokerage.Commissions;
import cn.longyuan.market.domain.model.brokerage.CommissionMonth;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;

/** How the commissions page writes amounts, products and an order's lines, in the page's language. */
@Named
@RequestScoped
public class CommissionTexts {

    @Inject
    private LanguagePreference language;

    /** Yuan with two decimals, signed (a reversal is negative). */
    public String money(long signedFen) {
        return CommissionMonth.decimal(signedFen);
    }

    public String productName(Commissions.Line line) {
        return line.product().in(language.getLocale());
    }

    /** The order's lines of a month's ledger as one text, for the exports, as the page shows them. */
    public String linesText(Commissions.OrderCommissions order, YearMonth month) {
        return new CommissionLinesText(language.getLocale(), PageMessages::text).of(order, month);
    }

    /** Whether the line was written in another month than the ledger's (a late return carried into it). */
    public boolean carried(Commissions.Line line, YearMonth ledgerMonth) {
        return line.carriedFrom(ledgerMonth);
    }
}
