package cn.longyuan.market.domain.model.cooperative;

import cn.longyuan.market.domain.model.shared.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;

/** A women's cooperative (农民专业合作社) whose members make and sell the pieces. */
@Entity
@Table(name = "cooperative")
@Cacheable
public class Cooperative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private BilingualText name;

    @Column(nullable = false)
    private String township;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "story_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "story_en"))})
    private BilingualText story;

    @Version
    private long version;

    protected Cooperative() {
        // for JPA
    }

    public Cooperative(BilingualText name, String township, BilingualText story) {
        if (township == null || township.isBlank()) {
            throw new IllegalArgumentException("a cooperative belongs to a township");
        }
        this.name = name;
        this.township = township;
        this.story = story;
    }

    public Long id() {
        return id;
    }

    public BilingualText name() {
        return name;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public String township() {
        return township;
    }

    public BilingualText story() {
        return story;
    }
}
