/** Back-office pages of members, training, production batches and stock tasks (issue 7). */
package cn.longyuan.market.admin.interfaces.web.members;
