/** A buyer's request for a piece none of which is in stock: made to order, or a word when it is back. */
package cn.longyuan.market.shop.interfaces.web.request;
