package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.brokerage.QuoteFilter;
import cn.longyuan.market.application.brokerage.QuoteService;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.domain.model.brokerage.QuoteStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The quotes list of {@code /admin/quotes.xhtml}: a broker's quotes (federation staff: every broker's), newest first,
 * a page at a time from the database, narrowed by {@link QuoteFilterForm} applied with the button.
 */
@Named
@ViewScoped
public class QuoteListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "quoteList";

    @Inject
    private QuoteService quotes;

    @Inject
    private BackOfficeUser user;

    private final QuoteFilterForm filter = new QuoteFilterForm();
    private QuoteFilter applied = QuoteFilter.ANY;

    private final PagedRowsModel<QuoteRow> model = new PagedRowsModel<>(
            (first, size) -> {
                QuoteService.QuotePage page = quotes.page(user.actor(), applied, first, size);
                LocalDate today = quotes.today();
                return new PagedRowsModel.Rows<>(
                        page.items().stream().map(q -> QuoteRow.of(q, today)).toList(), page.total());
            },
            QuoteRow::number);

    public void apply() {
        try {
            applied = filter.filter();
            Tables.firstPage(FORM + ":quotes");
        } catch (RequestRefusedException e) {
            Refusals.show(e, FORM);
        }
    }

    public QuoteFilterForm getFilter() {
        return filter;
    }

    public PagedRowsModel<QuoteRow> getModel() {
        return model;
    }

    public QuoteStatus[] getStatuses() {
        return QuoteStatus.values();
    }
}
