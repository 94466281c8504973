/** The demo data set: two cooperatives of Jinchuan District with their people, training, goods and orders. */
package cn.longyuan.market.application.demo;
