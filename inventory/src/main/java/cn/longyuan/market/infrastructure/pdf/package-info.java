/** PDFs the back office prints: QR tag sheets of production batches, training certificates (OpenPDF, ZXing). */
package cn.longyuan.market.infrastructure.pdf;
