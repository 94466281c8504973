/** A cooperative's listings: creating and editing products, rich-text descriptions, photos, publishing. */
package cn.longyuan.market.application.listing;
