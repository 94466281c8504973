package cn.longyuan.market.application.brokerage;

import cn.longyuan.market.application.shared.Segment;
import cn.longyuan.market.domain.model.brokerage.OrderNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes the desk writes itself ("claimed by broker-li", "handed back by broker-li: …", "assigned to broker-li by
 * federation") read back as phrases, so that the desk page says them in its language; a note a broker wrote (kind
 * NOTE) and a hand-back's reason are her own words, shown as she wrote them. The keys are {@code desk.note.<key>}.
 */
public final class DeskNotes {

    private static final Pattern CLAIMED = Pattern.compile("claimed by (\\S+)");
    private static final Pattern HANDED_BACK = Pattern.compile("handed back by (\\S+)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern PLACED = Pattern.compile("placed for the buyer by (\\S+)");
    private static final Pattern ASSIGNED = Pattern.compile("assigned to (\\S+) by (\\S+)");

    private DeskNotes() {}

    /** The note as phrases, or empty when a person wrote it or it takes none of the desk's forms. */
    public static Optional<List<Segment>> phrases(OrderNote.Kind kind, String body) {
        if (kind == null || body == null) {
            return Optional.empty();
        }
        Pattern form = switch (kind) {
            case NOTE -> null;
            case CLAIMED -> CLAIMED;
            case HANDED_BACK -> HANDED_BACK;
            case PLACED_FOR_BUYER -> PLACED;
            case ASSIGNED -> ASSIGNED;
        };
        Matcher m = form == null ? null : form.matcher(body);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        List<Segment> segments = new ArrayList<>();
        if (kind == OrderNote.Kind.ASSIGNED) {
            segments.add(new Segment("assigned", List.of(m.group(1), m.group(2))));
        } else {
            segments.add(new Segment(kind.name(), List.of(m.group(1))));
        }
        if (kind == OrderNote.Kind.HANDED_BACK && m.group(2) != null) {
            segments.add(new Segment("because", List.of(m.group(2))));
        }
        return Optional.of(segments);
    }
}
