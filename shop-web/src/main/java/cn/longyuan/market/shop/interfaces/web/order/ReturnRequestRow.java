package cn.longyuan.market.shop.interfaces.web.order;

import cn.longyuan.market.application.ordering.ReturnRequests;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;

/** One of her return requests as she reads it on the order page, in her language. */
public record ReturnRequestRow(
        String product,
        int quantity,
        String reason,
        String note,
        String statusCode,
        String status,
        String declineReason,
        String at,
        String photoUrl) {

    /** The request as the service gives it; its photo's thumbnail by the same key the page was opened with. */
    static ReturnRequestRow of(ReturnRequests.Row r, String number, String token) {
        return new ReturnRequestRow(
                ShopTexts.in(r.product()),
                r.quantity(),
                ShopTexts.text("return.reason." + r.reason().name()),
                r.note(),
                r.status().name(),
                ShopTexts.text("return.status." + r.status().name()),
                r.declineReason(),
                ShopTexts.time(r.createdAt()),
                r.hasPhoto() ? ReturnPhotoServlet.thumbnailUrl(r.id(), number, token) : null);
    }
}
