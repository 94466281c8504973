package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.brokerage.CommissionStatementPdf;
import cn.longyuan.market.application.brokerage.Commissions;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.PdfPrinter;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Brokers' commission ledgers by month: a broker reads her own; federation staff any broker's ({@code broker=}
 * her user name), or every broker's when none is named. And the month's statement as a PDF.
 */
@Path("v1/commissions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CommissionsResource {

    @Inject
    private Commissions commissions;

    @Inject
    private PdfPrinter printer;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({"FEDERATION", "BROKER"})
    public CommissionJson.Ledgers ledgers(
            @QueryParam("month") String month, @QueryParam("broker") String broker, @QueryParam("lang") String lang) {
        YearMonth m = CommissionJson.month(month, "month");
        Locale locale = RequestLocale.of(lang, headers);
        return new CommissionJson.Ledgers(
                m.toString(),
                commissions.ledgers(actor, broker, m).stream()
                        .map(l -> CommissionJson.ledger(l, locale))
                        .toList());
    }

    @GET
    @Path("statement.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({"FEDERATION", "BROKER"})
    public Response statement(@QueryParam("month") String month, @QueryParam("broker") String broker) {
        YearMonth m = CommissionJson.month(month, "month");
        Commissions.Ledger ledger = commissions.ledger(actor, broker, m);
        return Response.ok(printer.print(CommissionStatementPdf.document(ledger)), "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"commission-" + ledger.broker().username() + "-" + m + ".pdf\"")
                .build();
    }
}
