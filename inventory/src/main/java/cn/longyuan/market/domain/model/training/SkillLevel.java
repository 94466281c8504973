package cn.longyuan.market.domain.model.training;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The level a completed training certifies: 初级 / 中级 / 高级. Ordered from lowest to highest. */
public enum SkillLevel {
    BASIC("初级", "Basic"),
    INTERMEDIATE("中级", "Intermediate"),
    ADVANCED("高级", "Advanced");

    private final String zh;
    private final String en;

    SkillLevel(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    public boolean isAtLeast(SkillLevel other) {
        return compareTo(other) >= 0;
    }

    /** Whether a course at this level may certify an artisan at the given one: at most its own level. */
    public boolean certifies(SkillLevel level) {
        return isAtLeast(level);
    }

    /** The levels a course at this level may certify, lowest first. */
    public List<SkillLevel> certifiable() {
        return Arrays.stream(values()).filter(this::certifies).toList();
    }
}
