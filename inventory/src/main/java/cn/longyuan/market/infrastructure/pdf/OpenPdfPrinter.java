package cn.longyuan.market.infrastructure.pdf;

import cn.longyuan.market.application.shared.PdfPrinter;
import cn.longyuan.market.application.shared.PrintedDocument;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's {@link PdfPrinter}, drawn with OpenPDF: plain documents by {@link SimplePdf}, tag sheets by
 * {@link QrTagSheet}, certificates by {@link TrainingCertificate}. The container injects it; it is also named in
 * {@code META-INF/services} for the statements the wars build without the container. It keeps no state.
 */
@ApplicationScoped
public class OpenPdfPrinter implements PdfPrinter {

    @Override
    public byte[] print(PrintedDocument document) {
        SimplePdf pdf = new SimplePdf(document.title());
        for (PrintedDocument.Block block : document.blocks()) {
            switch (block) {
                case PrintedDocument.Heading h -> pdf.heading(h.text());
                case PrintedDocument.Line l -> pdf.line(l.text());
                case PrintedDocument.Table t -> pdf.table(t.headers(), t.rows(), widths(t));
            }
        }
        return pdf.finish();
    }

    @Override
    public byte[] tagSheet(TagSheet tags) {
        return QrTagSheet.render(tags);
    }

    @Override
    public byte[] certificate(Certificate certificate) {
        return TrainingCertificate.render(certificate);
    }

    private static float[] widths(PrintedDocument.Table table) {
        float[] widths = new float[table.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.widths().get(i);
        }
        return widths;
    }
}
