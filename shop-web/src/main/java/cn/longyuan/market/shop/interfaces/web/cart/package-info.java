/** The buyer's cart: what she has put aside in this session, priced and checked against stock when shown. */
package cn.longyuan.market.shop.interfaces.web.cart;
