/** The buyers' pages: what all of them share (texts, prices, the language switch) and the placeholder images. */
package cn.longyuan.market.shop.interfaces.web;
