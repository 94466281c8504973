/**
 * What the artisans made: batches recorded from trained women, corrected through the ledger, read as the back
 * office sees them, and their printed QR tag sheets (with the training certificates).
 */
package cn.longyuan.market.application.production;
