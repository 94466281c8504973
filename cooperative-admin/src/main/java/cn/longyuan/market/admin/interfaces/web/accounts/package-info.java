/** Pages of back-office accounts: federation staff keep them; each user sets and changes her own password. */
package cn.longyuan.market.admin.interfaces.web.accounts;
