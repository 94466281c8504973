package cn.longyuan.market.application.stock;

import cn.longyuan.market.application.shared.MailMessage;
import java.util.List;

/**
 * The mail a cooperative's manager gets when a product falls below its low-stock threshold: in Chinese, then in
 * English (a manager's account has no language of its own), with the link to the product's stock page.
 */
public final class LowStockMail {

    private LowStockMail() {}

    /** One message per address of the crossing's recipients. */
    public static List<MailMessage> messages(StockService.LowStockCrossed crossed, String baseUrl) {
        String zh = crossed.nameZh();
        String en = crossed.nameEn() == null || crossed.nameEn().isBlank() ? zh : crossed.nameEn();
        String link = baseUrl.replaceAll("/+$", "") + "/admin/stock.xhtml?product=" + crossed.productId();
        String subject = "库存不足 Low stock: " + zh;
        String body = "「" + zh + "」只剩 " + crossed.available() + " 件可售，低于提醒数量 " + crossed.threshold()
                + " 件。请安排生产或调拨。\n" + link + "\n\n"
                + "\"" + en + "\" has only " + crossed.available()
                + " pieces available, below its low-stock threshold of "
                + crossed.threshold() + ". Plan production or a transfer.\n" + link + "\n";
        return crossed.recipients().stream()
                .map(to -> new MailMessage(to, subject, body))
                .toList();
    }
}
