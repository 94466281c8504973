/**
 * PDFs the back office prints with OpenPDF (Chinese text included): the application's {@code PdfPrinter} port
 * ({@link cn.longyuan.market.infrastructure.pdf.OpenPdfPrinter}) draws its packing slips and statements, QR tag sheets
 * of production batches and training certificates (ZXing draws the codes).
 */
package cn.longyuan.market.infrastructure.pdf;
