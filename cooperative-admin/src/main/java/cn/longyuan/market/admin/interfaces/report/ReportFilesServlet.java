package cn.longyuan.market.admin.interfaces.report;

import cn.longyuan.market.application.report.ChainReport;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.PdfPrinter;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.shared.MarketTime;
import cn.longyuan.market.web.i18n.SupportedLanguage;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The chain report's files for the page's links, in the page session ({@code /admin/report/chain.xlsx},
 * {@code /admin/report/chain.pdf}, with the page's parameters): plain links, so that a browser downloads them and
 * a script can fetch them. web.xml admits federation staff only; the service checks again.
 */
@WebServlet("/report/*")
public class ReportFilesServlet extends HttpServlet {

    @Inject
    private ChainReport chainReport;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private PdfPrinter printer;

    /**
     * The page's language: its link says it ({@code lang}), else the visitor's cookie, else Accept-Language (the
     * session's {@code LanguagePreference} needs a Faces request, which a servlet is not).
     */
    private static SupportedLanguage language(HttpServletRequest request) {
        String explicit = request.getParameter("lang");
        if (SupportedLanguage.fromTag(explicit) == null && request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if ("lang".equals(cookie.getName())) {
                    explicit = cookie.getValue();
                }
            }
        }
        return SupportedLanguage.choose(explicit, request.getHeader("Accept-Language"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.equals("/chain.xlsx") && !path.equals("/chain.pdf")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportFiles files;
        try {
            ReportParameters parameters = ReportParameters.parse(
                    chainReport,
                    request.getParameter("from"),
                    request.getParameter("to"),
                    request.getParameter("course"),
                    request.getParameter("township"),
                    request.getParameter("cooperative"),
                    request.getParameter("group"));
            files = new ReportFiles(
                    chainReport.report(actor.get(), parameters.filter(), parameters.grouping()),
                    language(request).locale());
        } catch (RequestRefusedException refused) {
            response.sendError(
                    switch (refused.reason()) {
                        case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
                        case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
                        default -> HttpServletResponse.SC_BAD_REQUEST;
                    });
            return;
        }
        boolean excel = path.endsWith(".xlsx");
        byte[] body = excel
                ? files.workbook()
                : printer.print(files.document(
                        ZonedDateTime.now(MarketTime.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        response.setContentType(excel ? ReportFiles.XLSX : "application/pdf");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + files.fileName(excel ? "xlsx" : "pdf") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
