/** Finding and reading products, their makers and the provenance behind a trace code. */
package cn.longyuan.market.shop.interfaces.web.catalog;
