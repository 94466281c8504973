package cn.longyuan.market.application.brokerage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.application.shared.Segment;
import cn.longyuan.market.domain.model.brokerage.OrderNote.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeskNotesTest {

    private static Segment segment(String key, String... args) {
        return new Segment(key, List.of(args));
    }

    @Test
    void theDesksOwnNotesAreReadAsPhrases() {
        assertEquals(
                Optional.of(List.of(segment("CLAIMED", "broker-li"))),
                DeskNotes.phrases(Kind.CLAIMED, "claimed by broker-li"));
        assertEquals(
                Optional.of(List.of(segment("HANDED_BACK", "broker-li"))),
                DeskNotes.phrases(Kind.HANDED_BACK, "handed back by broker-li"));
        assertEquals(
                Optional.of(List.of(segment("HANDED_BACK", "broker-li"), segment("because", "买家联系不上"))),
                DeskNotes.phrases(Kind.HANDED_BACK, "handed back by broker-li: 买家联系不上"));
        assertEquals(
                Optional.of(List.of(segment("PLACED_FOR_BUYER", "broker-li"))),
                DeskNotes.phrases(Kind.PLACED_FOR_BUYER, "placed for the buyer by broker-li"));
        assertEquals(
                Optional.of(List.of(segment("assigned", "broker-li", "federation"))),
                DeskNotes.phrases(Kind.ASSIGNED, "assigned to broker-li by federation"));
    }

    @Test
    void aBrokersNoteIsHerOwnWordsWhateverItSays() {
        assertEquals(Optional.empty(), DeskNotes.phrases(Kind.NOTE, "claimed by broker-li"));
        assertEquals(Optional.empty(), DeskNotes.phrases(Kind.NOTE, "已电话联系买家"));
        assertEquals(Optional.empty(), DeskNotes.phrases(Kind.CLAIMED, "认领"));
        assertEquals(Optional.empty(), DeskNotes.phrases(null, "claimed by broker-li"));
        assertEquals(Optional.empty(), DeskNotes.phrases(Kind.CLAIMED, null));
    }
}
