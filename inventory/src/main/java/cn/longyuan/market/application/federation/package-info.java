/** What federation staff alone do: register and approve cooperatives (issue 8). */
package cn.longyuan.market.application.federation;
