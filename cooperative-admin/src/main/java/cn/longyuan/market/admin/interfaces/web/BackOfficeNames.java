package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Names of the things the back-office rows refer to by id, in the page's language (Chinese where no English name is
 * entered): {@code #{names.cooperative(row.cooperativeId())}} in any page, instead of a lookup in each page's bean.
 */
@Named("names")
@RequestScoped
public class BackOfficeNames {

    @Inject
    private CatalogQueries catalog;

    @Inject
    private LanguagePreference language;

    /** The cooperative's name; empty for none (a row of the whole market). */
    public String cooperative(Long id) {
        return id == null ? "" : catalog.cooperativeName(id).in(language.getLocale());
    }

    public String place(long locationId) {
        return catalog.locationName(locationId).in(language.getLocale());
    }
}
