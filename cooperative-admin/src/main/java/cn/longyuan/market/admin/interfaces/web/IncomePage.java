package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.PdfPrinter;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.domain.model.shared.Money;
import cn.longyuan.market.web.api.Ids;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The artisans' income: what each earned, was paid and is owed; one artisan's entries and payouts; recording a
 * payout ({@link PayoutForm}); her monthly statement as a PDF; the cooperative's split rule ({@link SplitRuleForm}).
 */
@Named
@ViewScoped
public class IncomePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "income";

    @Inject
    private IncomeLedger income;

    @Inject
    private PdfPrinter printer;

    @Inject
    private Instance<Actor> actor;

    private String artisan;
    private Long artisanId;
    private boolean notFound;
    private transient List<IncomeLedger.ArtisanIncome> artisans;
    private transient List<IncomeLedger.EntryLine> entries;
    private transient List<IncomeLedger.PayoutLine> payouts;

    private String month = YearMonth.now(MarketTime.ZONE).toString();
    private final PayoutForm payout = new PayoutForm();
    private final SplitRuleForm rule = new SplitRuleForm();

    public void load() {
        if (artisan != null && !artisan.isBlank()) {
            artisanId = Ids.parse(artisan);
            try {
                if (artisanId == null) {
                    throw RequestRefusedException.notFound(artisan);
                }
                readArtisan();
            } catch (RequestRefusedException e) {
                notFound = true;
                artisanId = null;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
        }
        if (isMayPay()) {
            rule.show(income.cooperativeRule(actor.get()));
        }
    }

    private void readArtisan() {
        entries = income.entries(actor.get(), artisanId);
        payouts = income.payouts(actor.get(), artisanId);
    }

    public List<IncomeLedger.ArtisanIncome> getArtisans() {
        if (artisans == null) {
            artisans = income.byArtisan(actor.get());
        }
        return artisans;
    }

    /** The chosen artisan's row of the list. */
    public IncomeLedger.ArtisanIncome getSelected() {
        return artisanId == null
                ? null
                : getArtisans().stream()
                        .filter(a -> a.artisanId() == artisanId)
                        .findFirst()
                        .orElse(null);
    }

    /** Whether the user records payouts and sets the split rule. */
    public boolean isMayPay() {
        return income.mayRecord(actor.get());
    }

    public void pay() {
        try {
            Money money = payout.money();
            income.pay(actor.get(), artisanId, money, payout.getPaidOn(), payout.getReference());
            Refusals.info("income.paid", money.toDecimalString());
            payout.clear();
        } catch (RequestRefusedException e) {
            Refusals.show(e, FORM);
        }
        artisans = null;
        readArtisan();
    }

    public void saveRule() {
        try {
            income.setRule(actor.get(), null, rule.getArtisanPercent(), rule.getBrokerPercent());
            Refusals.info("income.ruleSaved");
        } catch (RequestRefusedException e) {
            Refusals.show(e, "rule");
        }
    }

    public StreamedContent getStatement() {
        return StatementDownload.of(income, printer, actor.get(), artisanId, month);
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

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public PayoutForm getPayout() {
        return payout;
    }

    public SplitRuleForm getRule() {
        return rule;
    }
}
