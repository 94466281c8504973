/** Outgoing e-mail through Jakarta Mail (Payara's bundled Angus Mail), or the log when no SMTP server is configured. */
package cn.longyuan.market.infrastructure.mail;
