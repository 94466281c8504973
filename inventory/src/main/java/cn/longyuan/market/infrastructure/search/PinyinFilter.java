package cn.longyuan.market.infrastructure.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns each Chinese character (as the standard tokenizer cuts them, one a token) into its pinyin syllables — or,
 * for initials, their first letters — all readings of one character at the same position, so that a phrase of
 * syllables finds the characters in a row whichever reading is typed (香包 → xiang bao; initials x b). Tokens
 * that are not Chinese are left out, with a gap, so that a phrase does not run across them.
 */
final class PinyinFilter extends TokenFilter {

    private final boolean initials;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> stacked = new ArrayDeque<>();
    private int skipped;

    PinyinFilter(TokenStream input, boolean initials) {
        super(input);
        this.initials = initials;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!stacked.isEmpty()) {
            term.setEmpty().append(stacked.pop());
            position.setPositionIncrement(0);
            return true;
        }
        while (input.incrementToken()) {
            Set<String> forms = new LinkedHashSet<>();
            if (term.length() == 1) {
                for (String reading : Pinyin.readings(term.charAt(0))) {
                    forms.add(initials ? reading.substring(0, 1) : reading);
                }
            }
            if (forms.isEmpty()) {
                skipped += position.getPositionIncrement() + 1;
                continue;
            }
            stacked.addAll(forms);
            term.setEmpty().append(stacked.pop());
            position.setPositionIncrement(position.getPositionIncrement() + skipped);
            skipped = 0;
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        stacked.clear();
        skipped = 0;
    }
}
