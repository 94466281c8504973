package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.admin.interfaces.web.StatementDownload;
import cn.longyuan.market.application.income.IncomeLedger;
import cn.longyuan.market.application.members.ArtisanRecords;
import cn.longyuan.market.application.production.PrintedDocuments;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.PdfPrinter;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.web.api.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One artisan: her public face, her private data (audited read), her trainings with certificates, her batches, and
 * her sales and income (pieces sold per product, income entries, payouts, balance, monthly statement) from the
 * {@link IncomeLedger}.
 */
@Named
@RequestScoped
public class ArtisanPage {

    @Inject
    private ArtisanRecords records;

    @Inject
    private PdfPrinter printer;

    @Inject
    private PrintedDocuments documents;

    @Inject
    private IncomeLedger income;

    @Inject
    private Actor actor;

    private String artisan;
    private ArtisanRecords.Details details;
    private boolean notFound;
    private IncomeLedger.ArtisanIncome figures;
    private List<IncomeLedger.ProductSales> sales = List.of();
    private List<IncomeLedger.EntryLine> entries = List.of();
    private List<IncomeLedger.PayoutLine> payouts = List.of();
    private String month = YearMonth.now(MarketTime.ZONE).toString();

    /** Called by f:viewAction once the view parameter is set; another cooperative's artisan is a 404. */
    public void load() {
        Long id = Ids.parse(artisan);
        try {
            if (id == null) {
                throw RequestRefusedException.notFound(String.valueOf(artisan));
            }
            details = records.details(actor, id);
            figures = income.incomeOf(actor, id);
            sales = income.salesByProduct(actor, id);
            entries = income.entries(actor, id);
            payouts = income.payouts(actor, id);
        } catch (RequestRefusedException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public StreamedContent certificate(long enrollmentId) {
        try {
            PrintedDocuments.Pdf pdf = documents.certificate(actor, enrollmentId);
            return DefaultStreamedContent.builder().name(pdf.fileName()).contentType("application/pdf").stream(
                            () -> new ByteArrayInputStream(pdf.content()))
                    .build();
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "trainings", null);
            return null;
        }
    }

    /** Her statement of the chosen month (the income page's PDF). */
    public StreamedContent getStatement() {
        if (getDetails() == null) {
            return null;
        }
        return StatementDownload.of(income, printer, actor, details.member().id(), month);
    }

    public List<String> getMonths() {
        return StatementDownload.months();
    }

    public IncomeLedger.ArtisanIncome getFigures() {
        return figures;
    }

    public List<IncomeLedger.ProductSales> getSales() {
        return sales;
    }

    public List<IncomeLedger.EntryLine> getEntries() {
        return entries;
    }

    public List<IncomeLedger.PayoutLine> getPayouts() {
        return payouts;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getArtisan() {
        return artisan;
    }

    public void setArtisan(String artisan) {
        this.artisan = artisan;
    }

    /**
     * Her record; on a postback (a certificate download) read again from the form's {@code artisan} field, so that the
     * table and its buttons exist when the request is decoded.
     */
    public ArtisanRecords.Details getDetails() {
        if (details == null && !notFound && FacesContext.getCurrentInstance().isPostback()) {
            artisan = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("artisan");
            load();
        }
        return details;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
