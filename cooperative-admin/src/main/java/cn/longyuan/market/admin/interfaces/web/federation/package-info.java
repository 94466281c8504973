/** The federation's pages (issue 8): the chain report, a course's trainees, the register of cooperatives. */
package cn.longyuan.market.admin.interfaces.web.federation;
