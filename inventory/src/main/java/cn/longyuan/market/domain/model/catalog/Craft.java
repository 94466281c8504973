package cn.longyuan.market.domain.model.catalog;

import cn.longyuan.market.domain.model.shared.BilingualText;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** A handicraft the programme trains women in and sells, named by a stable code such as {@code sachet}. */
@Entity
@Table(name = "craft")
@Cacheable
@NamedQuery(name = Craft.FIND_ALL, query = "select c from Craft c order by c.sortOrder")
public class Craft {

    public static final String FIND_ALL = "Craft.findAll";

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Craft() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public BilingualText name() {
        return new BilingualText(nameZh, nameEn);
    }

    /** The display name in Chinese unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Craft other && code != null && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }
}
