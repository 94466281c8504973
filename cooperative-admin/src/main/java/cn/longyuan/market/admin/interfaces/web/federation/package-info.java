/** The federation's pages: the chain report, a course's trainees, the register of cooperatives. */
package cn.longyuan.market.admin.interfaces.web.federation;
