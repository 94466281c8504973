/**
 * What buyers may read of the chain: listed products with what is available now, their makers' public profiles
 * (completed trainings and skill levels), the cooperatives' profile pages, reviews and a buyer's favourites.
 */
package cn.longyuan.market.application.catalog;
