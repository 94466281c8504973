package cn.longyuan.market.shop.interfaces.web.order;

import cn.longyuan.market.application.ordering.OrderNotes;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import java.util.stream.Collectors;

/** An order history note in the page's language: a service's note as its phrases, a person's as she wrote it. */
final class NoteTexts {

    private NoteTexts() {}

    static String of(String note) {
        return OrderNotes.phrases(note)
                .filter(segments -> segments.stream().allMatch(s -> ShopTexts.hasText("order.note." + s.key())))
                .map(segments -> segments.stream()
                        .map(s ->
                                ShopTexts.text("order.note." + s.key(), s.args().toArray()))
                        .collect(Collectors.joining()))
                .orElse(note);
    }
}
