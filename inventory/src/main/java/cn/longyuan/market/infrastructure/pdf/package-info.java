/**
 * PDFs the back office prints with OpenPDF (Chinese text included): QR tag sheets of production batches and training
 * certificates (ZXing draws the codes), packing slips and income statements.
 */
package cn.longyuan.market.infrastructure.pdf;
