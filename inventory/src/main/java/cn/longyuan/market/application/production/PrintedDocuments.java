package cn.longyuan.market.application.production;

import cn.longyuan.market.application.members.TrainingRecords;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.PdfPrinter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PDFs the back office prints, for what the actor may see: a batch's sheet of QR tags (one per piece, each
 * pointing at {@code PUBLIC_BASE_URL/trace/CODE}) and a completed training's certificate.
 */
@ApplicationScoped
public class PrintedDocuments {

    private BatchQueries batches;
    private TrainingRecords training;
    private String publicBaseUrl;
    private PdfPrinter printer;

    protected PrintedDocuments() {
        // for CDI proxies
    }

    @Inject
    public PrintedDocuments(
            BatchQueries batches,
            TrainingRecords training,
            @ConfigProperty(name = "PUBLIC_BASE_URL", defaultValue = "http://localhost:8080") String publicBaseUrl,
            PdfPrinter printer) {
        this.batches = batches;
        this.printer = printer;
        this.training = training;
        this.publicBaseUrl =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public record Pdf(String fileName, byte[] content) {}

    public Pdf tagSheet(Actor actor, long batchId) {
        BatchQueries.BatchRow batch = batches.batch(actor, batchId);
        String cooperative = batches.cooperativeName(batch.cooperativeId());
        byte[] pdf = printer.tagSheet(new PdfPrinter.TagSheet(
                traceUrl(batch.traceCode()),
                batch.traceCode(),
                batch.product().zh(),
                batch.artisan(),
                cooperative,
                batch.madeOn().toString(),
                batch.quantity()));
        return new Pdf("tags-" + batch.traceCode() + ".pdf", pdf);
    }

    public Pdf certificate(Actor actor, long enrollmentId) {
        TrainingRecords.Certificate c = training.certificate(actor, enrollmentId);
        String holder = c.realName() == null || c.realName().isBlank() ? c.artisanName() : c.realName();
        byte[] pdf = printer.certificate(new PdfPrinter.Certificate(
                holder,
                c.cooperative(),
                c.course().zh(),
                c.course().en(),
                c.craft().zh(),
                c.craft().en(),
                c.level().label(Locale.CHINESE),
                c.level().label(Locale.ENGLISH),
                c.hours(),
                c.trainer(),
                c.place(),
                c.startsOn() + " — " + c.endsOn(),
                c.completedOn().toString(),
                "LYQS-" + c.enrollmentId(),
                "金川区妇女联合会 · 陇原巧手"));
        return new Pdf("certificate-" + c.enrollmentId() + ".pdf", pdf);
    }

    public String traceUrl(String traceCode) {
        return publicBaseUrl + "/trace/" + traceCode;
    }
}
