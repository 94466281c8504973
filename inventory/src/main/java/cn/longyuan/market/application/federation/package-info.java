/** What federation staff alone do: register and approve cooperatives. */
package cn.longyuan.market.application.federation;
