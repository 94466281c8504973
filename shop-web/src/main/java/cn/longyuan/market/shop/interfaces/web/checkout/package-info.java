/** Checking out as a guest: contact, address, offline payment, placing the order once, and its confirmation. */
package cn.longyuan.market.shop.interfaces.web.checkout;
