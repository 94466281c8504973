/** The audit trail read back: who read or changed what, when, before → after (federation staff only). */
package cn.longyuan.market.application.audit;
