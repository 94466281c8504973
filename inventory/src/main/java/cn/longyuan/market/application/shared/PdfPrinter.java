package cn.longyuan.market.application.shared;

/**
 * The application's port for the PDFs it prints: it describes what a document says, the printer (OpenPDF in
 * {@code infrastructure.pdf}) draws it, Chinese included. Services take it through their constructors (the container
 * gives them the adapter); the application imports nothing of infrastructure for it.
 */
public interface PdfPrinter {

    /** A plain A4 document: title, headings, lines and tables. */
    byte[] print(PrintedDocument document);

    /** A sheet of hang tags for a production batch: one per piece, each with the QR code of {@code traceUrl}. */
    byte[] tagSheet(TagSheet tags);

    /** A completed training's certificate. */
    byte[] certificate(Certificate certificate);

    /** What the tags of a batch say. */
    record TagSheet(
            String traceUrl,
            String traceCode,
            String product,
            String maker,
            String cooperative,
            String madeOn,
            int pieces) {}

    /** What a training certificate says, in Chinese with an English line under each statement. */
    record Certificate(
            String holder,
            String cooperative,
            String courseZh,
            String courseEn,
            String craftZh,
            String craftEn,
            String levelZh,
            String levelEn,
            int hours,
            String trainer,
            String place,
            String period,
            String completedOn,
            String number,
            String issuer) {}
}
