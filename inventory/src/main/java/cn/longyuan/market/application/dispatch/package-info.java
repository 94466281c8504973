/** Piecework dispatch: the service that splits work orders into tasks, records materials and checks returned pieces. */
package cn.longyuan.market.application.dispatch;
