package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.stock.StockFilter;
import cn.longyuan.market.application.stock.StockList;
import cn.longyuan.market.web.i18n.LanguagePreference;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The products list of {@code /admin/stock.xhtml}: the products the user sees with their stock per place, one page at
 * a time from the database ({@link StockList}). The search and filters (name, craft, cooperative for those who see
 * several, place, low stock / sold out) are the page's address — a plain GET form writes them there, so a filtered
 * list can be bookmarked or sent — read once as the view starts and kept for its paging and exports.
 */
@Named
@ViewScoped
public class StockListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StockList stock;

    @Inject
    private BackOfficeUser user;

    @Inject
    private LanguagePreference language;

    private String q;
    private String craft;
    private String cooperative;
    private String place;
    private String level;

    /** The filter the table shows; null while the address's is wrong (the table then shows nothing). */
    private StockFilter applied = StockFilter.ANY;
    /** What is wrong with the address's filter, by field, in the page's language. */
    private final Map<String, String> problems = new LinkedHashMap<>();

    private final PagedRowsModel<StockListRow> model =
            new PagedRowsModel<>(this::rows, r -> String.valueOf(r.productId()));

    /** Called by f:viewAction once the view parameters are set. */
    public void load() {
        List<FieldViolation> violations = new ArrayList<>();
        StockFilter filter =
                StockFilter.read(q, craft, isCooperativeOffered() ? cooperative : null, place, level, violations);
        if (filter.craft() != null
                && violations.stream().noneMatch(v -> v.field().equals("craft"))
                && !getCraftNames().containsKey(filter.craft())) {
            violations.add(new FieldViolation("craft", "not a craft"));
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        violations.forEach(v -> problems.putIfAbsent(v.field(), Refusals.text(bundle, v)));
        applied = violations.isEmpty() ? filter : null;
    }

    private PagedRowsModel.Rows<StockListRow> rows(int first, int size) {
        if (applied == null) {
            return new PagedRowsModel.Rows<>(List.of(), 0);
        }
        StockList.StockPage page = stock.page(user.actor(), applied, first, size);
        Map<String, String> crafts = getCraftNames();
        return new PagedRowsModel.Rows<>(
                page.items().stream()
                        .map(r -> StockListRow.of(r, language.getLocale(), crafts))
                        .toList(),
                page.total());
    }

    /** Only those who see several cooperatives choose one; a manager's list is her cooperative's. */
    public boolean isCooperativeOffered() {
        return !user.isManager();
    }

    /** The crafts by code, named in the page's language, in the programme's order. */
    public Map<String, String> getCraftNames() {
        Map<String, String> names = new LinkedHashMap<>();
        stock.crafts().forEach(c -> names.put(c.code(), c.name().in(language.getLocale())));
        return names;
    }

    /** The crafts to choose, by code. */
    public List<Craft> getCrafts() {
        return getCraftNames().entrySet().stream()
                .map(e -> new Craft(e.getKey(), e.getValue()))
                .toList();
    }

    /** A craft to choose: its code (the address's value) and its name. */
    public record Craft(String code, String name) {}

    /** The places to choose: a manager's, or those of the cooperative chosen (none before one is). */
    public List<ListChoices.Choice> getPlaces() {
        Long chosen = applied == null ? null : applied.cooperativeId();
        return stock.places(user.actor(), chosen).stream()
                .map(p -> new ListChoices.Choice(p.id(), p.name().in(language.getLocale())))
                .toList();
    }

    public StockFilter.Level[] getLevels() {
        return StockFilter.Level.values();
    }

    /** What is wrong with a field of the address's filter, or null. */
    public String problem(String field) {
        return problems.get(field);
    }

    /** The address's filter is wrong: the table shows nothing and says why. */
    public boolean isFilterWrong() {
        return applied == null;
    }

    public boolean isFiltered() {
        return applied == null || !StockFilter.ANY.equals(applied);
    }

    public PagedRowsModel<StockListRow> getModel() {
        return model;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCraft() {
        return craft;
    }

    public void setCraft(String craft) {
        this.craft = craft;
    }

    public String getCooperative() {
        return cooperative;
    }

    public void setCooperative(String cooperative) {
        this.cooperative = cooperative;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }
}
