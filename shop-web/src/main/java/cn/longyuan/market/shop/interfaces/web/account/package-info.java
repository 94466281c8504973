/** A registered buyer's pages: log in, register, her orders, addresses and favourites, reviews on product pages. */
package cn.longyuan.market.shop.interfaces.web.account;
