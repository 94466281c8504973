/** Piecework dispatch: work orders split into tasks for trained artisans, materials issued, pieces returned and checked. */
package cn.longyuan.market.domain.model.dispatch;
