package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.income.IncomeEntries;
import cn.longyuan.market.application.income.IncomeFilter;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.income.IncomeEntry;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The income ledger's list on {@code /admin/income.xhtml}: the entries of a manager's cooperative (federation staff:
 * every cooperative's), newest first, a page at a time from the database, narrowed by {@link IncomeFilterForm}
 * (artisan, kind, days, cooperative, product) applied with the button.
 */
@Named
@ViewScoped
public class IncomeListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "ledger";

    @Inject
    private IncomeEntries entries;

    @Inject
    private BackOfficeUser user;

    @Inject
    private LanguagePreference language;

    private final IncomeFilterForm filter = new IncomeFilterForm();
    private IncomeFilter applied = IncomeFilter.ANY;

    private final PagedRowsModel<IncomeRow> model = new PagedRowsModel<>(
            (first, size) -> {
                IncomeEntries.EntryPage page = entries.page(user.actor(), applied, first, size);
                return new PagedRowsModel.Rows<>(
                        page.items().stream()
                                .map(e -> IncomeRow.of(e, language.getLocale()))
                                .toList(),
                        page.total());
            },
            row -> String.valueOf(row.id()));

    public void apply() {
        try {
            applied = filter.filter(user.isFederation());
            Tables.firstPage(FORM + ":ledgerEntries");
        } catch (RequestRefusedException e) {
            Refusals.show(e, FORM);
        }
    }

    public IncomeFilterForm getFilter() {
        return filter;
    }

    public PagedRowsModel<IncomeRow> getModel() {
        return model;
    }

    public IncomeEntry.Kind[] getKinds() {
        return IncomeEntry.Kind.values();
    }
}
