package cn.longyuan.market.application.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forms of the English texts the services write (an order's notes, a ledger row's reason, a desk note): each a whole
 * text with its values, read back as a phrase — a text key and those values — that a page says in its own language.
 */
public final class PhraseForms {

    private record Form(Pattern pattern, String key) {}

    private final List<Form> forms = new ArrayList<>();

    /** Adds the form {@code regex} (the whole text; its groups are the values) said as {@code key}. */
    public PhraseForms add(String regex, String key) {
        forms.add(new Form(Pattern.compile(regex, Pattern.DOTALL), key));
        return this;
    }

    /** The first form the whole text takes, as its phrase with the values found; empty when it takes none. */
    public Optional<Segment> read(String text) {
        for (Form form : forms) {
            Matcher m = form.pattern().matcher(text);
            if (m.matches()) {
                return Optional.of(new Segment(form.key(), groups(m)));
            }
        }
        return Optional.empty();
    }

    /** The groups a match found, in order, leaving out those that took no part. */
    public static List<String> groups(Matcher m) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                values.add(m.group(i));
            }
        }
        return values;
    }
}
