/** The federation's chain report as the back office serves it: its parameters, the Excel and PDF files, their servlet. */
package cn.longyuan.market.admin.interfaces.report;
