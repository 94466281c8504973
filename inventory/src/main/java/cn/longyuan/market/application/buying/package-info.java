/**
 * The registered buyer's side of the shop: her account, saved cart, address book, favourites, reviews, her
 * orders, and the e-mails an order sends her. Every call takes the buyer's account id and answers only her things
 * (another buyer's is "not found").
 */
package cn.longyuan.market.application.buying;
