/** Back-office pages of members, training, production batches and stock tasks. */
package cn.longyuan.market.admin.interfaces.web.members;
