package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.OrderNotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Objects;

/**
 * An order history note in the page's language ({@code #{orderNotes.text(h.note())}}): a service's note as its
 * phrases, a person's as she wrote it.
 */
@Named("orderNotes")
@ApplicationScoped
public class OrderNoteTexts {

    public String text(String note) {
        return OrderNotes.phrases(note)
                .map(segments -> segments.stream()
                        .map(s -> PageMessages.text(
                                "order.note." + s.key(), s.args().toArray()))
                        .toList())
                .filter(texts -> texts.stream().allMatch(Objects::nonNull))
                .map(texts -> String.join("", texts))
                .orElse(note);
    }
}
