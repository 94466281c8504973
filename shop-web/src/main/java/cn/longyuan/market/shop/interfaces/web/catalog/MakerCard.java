package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.members.TrainingProfiles;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import java.io.Serializable;
import java.util.List;

/**
 * An artisan's public face: her display name, and her story and photo only when she consented (the read
 * model leaves them empty otherwise); her levels and completed trainings. There is no field for anything else.
 * {@code profileUrl} is the address of her profile page, null unless she consented to one.
 */
public record MakerCard(
        String displayName,
        String story,
        String photoUrl,
        List<String> levels,
        List<TrainingRow> trainings,
        String profileUrl)
        implements Serializable {

    /** One completed training: course, craft, level (初级 / 中级 / 高级), the day it was completed. */
    public record TrainingRow(String course, String craft, String level, String completedOn) implements Serializable {

        static TrainingRow of(TrainingProfiles.TrainingRecord t) {
            return new TrainingRow(
                    ShopTexts.in(t.course()),
                    ShopTexts.in(t.craftName()),
                    t.level().label(ShopTexts.locale()),
                    ShopTexts.date(t.completedOn()));
        }
    }

    public static MakerCard of(TrainingProfiles.MakerProfile m) {
        return of(m, false);
    }

    /** With a link to her profile page when she has a public one. */
    public static MakerCard of(TrainingProfiles.MakerProfile m, boolean publicProfile) {
        return new MakerCard(
                ShopTexts.in(m.name()),
                m.story().map(ShopTexts::in).orElse(null),
                m.photoUrl().orElse(null),
                m.levels().stream()
                        .map(l -> ShopTexts.text(
                                "maker.level",
                                ShopTexts.in(l.craftName()),
                                l.level().label(ShopTexts.locale())))
                        .toList(),
                trainings(m.trainings()),
                publicProfile ? "/artisans/" + m.id() : null);
    }

    static List<TrainingRow> trainings(List<TrainingProfiles.TrainingRecord> records) {
        return records.stream().map(TrainingRow::of).toList();
    }
}
