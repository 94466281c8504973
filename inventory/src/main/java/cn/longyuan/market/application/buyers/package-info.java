/**
 * A registered buyer's account: registering, settings, and recovery by e-mail. Every call takes the buyer's
 * account id and answers only her things.
 */
package cn.longyuan.market.application.buyers;
