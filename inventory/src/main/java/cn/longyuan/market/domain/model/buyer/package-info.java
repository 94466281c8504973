/** A registered buyer's own things: her saved cart, addresses, favourites, and the reviews she writes. */
package cn.longyuan.market.domain.model.buyer;
