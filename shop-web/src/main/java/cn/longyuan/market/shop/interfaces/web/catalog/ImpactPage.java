package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.report.ImpactFigures;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The public impact page, {@code /impact}: the programme's anonymised figures ({@link ImpactFigures}: counts and
 * sums, no breakdown over fewer than {@value ImpactFigures#MIN_GROUP} women), nothing about any one woman.
 */
@Named
@RequestScoped
public class ImpactPage {

    @Inject
    private ImpactFigures impactFigures;

    private ImpactFigures.Impact impact;

    public ImpactFigures.Impact getImpact() {
        if (impact == null) {
            impact = impactFigures.now();
        }
        return impact;
    }

    /** "¥1,234,567.89": the income in yuan with the thousands grouped. */
    public String getIncome() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "¥" + format.format(BigDecimal.valueOf(getImpact().incomeThisYearFen(), 2));
    }

    public String craft(ImpactFigures.CraftLine line) {
        return ShopTexts.in(line.craft());
    }

    /** The year as written in a date ("2026"), not as a number ("2,026"). */
    public String getYear() {
        return String.valueOf(getImpact().year());
    }

    public int getMinGroup() {
        return ImpactFigures.MIN_GROUP;
    }
}
