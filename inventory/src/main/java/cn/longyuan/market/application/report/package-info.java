/** The federation's reports on the chain: training → production → sales → income, by course, place and period. */
package cn.longyuan.market.application.report;
