package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.CatalogQueries;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.domain.model.cooperative.Role;
import cn.longyuan.market.domain.model.income.SplitRule;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The artisans' income: what each earned, was paid and is owed; one artisan's entries and payouts; recording a
 * payout; her monthly statement as a PDF; the cooperative's split rule.
 */
@Named
@ViewScoped
public class IncomePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "income";
    private static final ZoneId CHINA = MarketTime.ZONE;

    @Inject
    private IncomeLedger income;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private LanguagePreference language;

    private String artisan;
    private Long artisanId;
    private boolean notFound;
    private transient List<IncomeLedger.ArtisanIncome> artisans;
    private transient List<IncomeLedger.EntryLine> entries;
    private transient List<IncomeLedger.PayoutLine> payouts;

    private String amount;
    private LocalDate paidOn = LocalDate.now(CHINA);
    private String reference;
    private String month = YearMonth.now(CHINA).toString();
    private BigDecimal artisanPercent;
    private BigDecimal brokerPercent;

    public void load() {
        if (artisan != null && !artisan.isBlank()) {
            artisanId = cn.longyuan.market.web.api.Ids.parse(artisan);
            try {
                if (artisanId == null) {
                    throw RequestRefusedException.notFound(artisan);
                }
                entries = income.entries(actor.get(), artisanId);
                payouts = income.payouts(actor.get(), artisanId);
            } catch (RequestRefusedException e) {
                notFound = true;
                artisanId = null;
                jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .setResponseStatus(404);
            }
        }
        if (actor.get().is(Role.COOP_MANAGER)) {
            SplitRule rule = income.ruleFor(actor.get().cooperativeId(), null);
            artisanPercent = BigDecimal.valueOf(rule.artisanBasisPoints(), 2);
            brokerPercent = BigDecimal.valueOf(rule.brokerBasisPoints(), 2);
        }
    }

    public List<IncomeLedger.ArtisanIncome> getArtisans() {
        if (artisans == null) {
            artisans = income.byArtisan(actor.get());
        }
        return artisans;
    }

    public IncomeLedger.ArtisanIncome getSelected() {
        return artisanId == null
                ? null
                : getArtisans().stream()
                        .filter(a -> a.artisanId() == artisanId)
                        .findFirst()
                        .orElse(null);
    }

    public boolean isMayPay() {
        return actor.get().is(Role.COOP_MANAGER);
    }

    public void pay() {
        try {
            Money money;
            try {
                money = Money.parse(amount == null ? "" : amount);
            } catch (IllegalArgumentException e) {
                throw RequestRefusedException.invalid("amount", "a decimal amount such as 128.00");
            }
            income.pay(actor.get(), artisanId, money, paidOn, reference);
            Refusals.info("income.paid", money.toDecimalString());
            amount = null;
            reference = null;
        } catch (RequestRefusedException e) {
            Refusals.show(e, FORM);
        }
        artisans = null;
        entries = income.entries(actor.get(), artisanId);
        payouts = income.payouts(actor.get(), artisanId);
    }

    public void saveRule() {
        try {
            int artisanBp = basisPoints(artisanPercent, "artisanPercent");
            int brokerBp = basisPoints(brokerPercent, "brokerPercent");
            SplitRule rule;
            try {
                rule = new SplitRule(artisanBp, brokerBp);
            } catch (IllegalArgumentException e) {
                throw RequestRefusedException.invalid("artisanPercent", "at most 100 together");
            }
            income.setRule(actor.get(), null, rule);
            Refusals.info("income.ruleSaved");
        } catch (RequestRefusedException e) {
            Refusals.show(e, "rule");
        }
    }

    private static int basisPoints(BigDecimal percent, String field) {
        if (percent == null
                || percent.signum() < 0
                || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw RequestRefusedException.invalid(field, "must be from 0 to 100 with at most two decimals");
        }
        return percent.movePointRight(2).intValueExact();
    }

    public StreamedContent getStatement() {
        return StatementDownload.of(income, actor.get(), artisanId, month);
    }

    public String cooperativeName(long id) {
        return catalog.cooperativeName(id).in(language.getLocale());
    }

    public List<String> getMonths() {
        return StatementDownload.months();
    }

    public String getArtisan() {
        return artisan;
    }

    public void setArtisan(String artisan) {
        this.artisan = artisan;
    }

    public Long getArtisanId() {
        return artisanId;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public List<IncomeLedger.EntryLine> getEntries() {
        return entries == null ? List.of() : entries; // null in a view restored from another instance
    }

    public List<IncomeLedger.PayoutLine> getPayouts() {
        return payouts == null ? List.of() : payouts;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
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
