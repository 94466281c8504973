/** The piecework dispatch page: work orders, tasks given to trained women, materials out and pieces back. */
package cn.longyuan.market.admin.interfaces.web.dispatch;
