/**
 * One order's page in the back office ({@code fulfil.xhtml}): the order, its fulfilment steps with their dialogs,
 * and its refunds.
 */
package cn.longyuan.market.admin.interfaces.web.fulfil;
