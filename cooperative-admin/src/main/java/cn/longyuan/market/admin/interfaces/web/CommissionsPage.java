package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.brokerage.CommissionStatementPdf;
import cn.longyuan.market.application.brokerage.Commissions;
import cn.longyuan.market.application.shared.PdfPrinter;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.brokerage.CommissionMonth;
import cn.longyuan.market.domain.model.brokerage.CommissionSettlement;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * Brokers' commissions: a broker's ledger by month with her statements; for federation staff any broker's, her
 * commission rates, and closing a month. {@code ?statement=YYYY-MM} answers the month's statement PDF itself
 * (a plain link, so it opens and downloads like any file, under the page's own login).
 */
@Named
@ViewScoped
public class CommissionsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String RULES_FORM = "rules";
    static final String SETTLE_FORM = "settle";

    @Inject
    private Commissions commissions;

    @Inject
    private PdfPrinter printer;

    @Inject
    private BackOfficeUser user;

    @Inject
    private LanguagePreference language;

    private String broker;
    private String month;
    private String statement;
    private boolean notFound;
    private transient List<Commissions.Broker> brokers;
    private transient Commissions.Ledger ledger;
    private transient List<CommissionSettlement> settlements;
    private transient List<Commissions.Target> targets;
    private final CommissionRatesForm rates = new CommissionRatesForm();

    public void load() throws IOException {
        YearMonth chosen = chosenMonth();
        month = chosen.toString();
        try {
            List<Commissions.Broker> visible = getBrokers();
            if (user.isFederation() && (broker == null || broker.isBlank())) {
                broker = visible.isEmpty() ? null : visible.get(0).username();
            }
            if (broker != null || !user.isFederation()) {
                ledger = commissions.ledger(user.actor(), broker, chosen);
                broker = ledger.broker().username();
            }
        } catch (RequestRefusedException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        if (statement != null && !statement.isBlank() && ledger != null) {
            sendStatement();
            return;
        }
        if (user.isFederation()
                && broker != null
                && !FacesContext.getCurrentInstance().isPostback()) {
            rates.fill(commissions.rules(user.actor(), broker));
        }
    }

    private void sendStatement() throws IOException {
        YearMonth m = StatementDownload.monthOr(statement, chosenMonth());
        PdfAnswer.attachment(
                "commission-" + broker + "-" + m + ".pdf",
                printer.print(CommissionStatementPdf.document(commissions.ledger(user.actor(), broker, m))));
    }

    private YearMonth chosenMonth() {
        return StatementDownload.monthOr(month, YearMonth.now(MarketTime.ZONE));
    }

    public void saveRates() {
        try {
            commissions.setRules(user.actor(), broker, rates.inputs());
            Refusals.info("commissions.ratesSaved", broker);
        } catch (RequestRefusedException e) {
            Refusals.show(e, RULES_FORM);
        }
    }

    public void settle() {
        try {
            CommissionSettlement s = commissions.settle(user.actor(), broker, chosenMonth());
            Refusals.info("commissions.settledNow", s.month().toString(), CommissionMonth.decimal(s.totalFen()));
        } catch (RequestRefusedException e) {
            Refusals.show(e, SETTLE_FORM);
        }
        ledger = commissions.ledger(user.actor(), broker, chosenMonth());
        settlements = null;
    }

    public List<Commissions.Broker> getBrokers() {
        if (brokers == null) {
            brokers = commissions.brokers(user.actor());
        }
        return brokers;
    }

    public Commissions.Ledger getLedger() {
        if (ledger == null && broker != null && !notFound) {
            ledger = commissions.ledger(user.actor(), broker, chosenMonth());
        }
        return ledger;
    }

    public List<CommissionSettlement> getSettlements() {
        if (settlements == null) {
            settlements = broker == null ? List.of() : commissions.settlements(user.actor(), broker);
        }
        return settlements;
    }

    /** The choices of the rates form: everything, each cooperative, each product (federation staff only). */
    public List<jakarta.faces.model.SelectItem> getTargets() {
        if (targets == null) {
            targets = user.isFederation() ? commissions.rateTargets(user.actor()) : List.of();
        }
        return CommissionRateRow.choices(targets, language.getLocale(), PageMessages.text("commissions.everything"));
    }

    public List<String> getMonths() {
        return StatementDownload.months();
    }

    public boolean isFederation() {
        return user.isFederation();
    }

    public String getBroker() {
        return broker;
    }

    public void setBroker(String broker) {
        this.broker = broker;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public CommissionRatesForm getRates() {
        return rates;
    }
}
