/** PDF documents (packing slips, income statements) made with OpenPDF, Chinese text included. */
package cn.longyuan.market.infrastructure.pdf;
