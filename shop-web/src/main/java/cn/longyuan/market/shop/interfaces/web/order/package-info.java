/** Following an order with its access token: status, lines, totals, parts and shipments, history. */
package cn.longyuan.market.shop.interfaces.web.order;
