package cn.longyuan.market.shop.interfaces.web.catalog;

import cn.longyuan.market.application.catalog.CatalogProfiles;
import cn.longyuan.market.application.catalog.CatalogQueries;
import cn.longyuan.market.shop.interfaces.web.ShopTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.Param;

/**
 * The provenance page a tag's QR code opens: {@code /trace/XXXX} (OmniFaces MultiViews) or
 * {@code /trace.xhtml?code=XXXX}. Shows the piece, the woman who made it, her cooperative, the day, and her
 * trainings in that craft; a code that is not ours gets a plain "no such code", never an error page.
 */
@Named
@RequestScoped
public class TraceLookup {

    @Inject
    private CatalogQueries catalog;

    @Inject
    private CatalogProfiles profiles;

    @Inject
    @Param(name = "code")
    private String codeInQuery;

    @Inject
    @Param(pathIndex = 0)
    private String codeInPath;

    private String code;
    private String typedCode;
    private CatalogQueries.TraceView trace;
    private ProductCard product;
    private MakerCard maker;
    private List<MakerCard.TrainingRow> trainings = List.of();

    /** The view action: reads the batch behind the code; a code that is not ours answers 404 with the page. */
    public void load() {
        Object forwarded = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(cn.longyuan.market.shop.interfaces.web.TraceAddressFilter.CODE_ATTRIBUTE);
        code = Optional.ofNullable(codeInPath)
                .filter(s -> !s.isBlank())
                .orElse(forwarded != null ? forwarded.toString() : codeInQuery);
        if (code == null || code.isBlank()) {
            return;
        }
        catalog.trace(code).ifPresent(t -> {
            trace = t;
            product = ProductCard.of(t.product());
            maker = MakerCard.of(
                    t.maker(),
                    profiles.withPublicProfile(List.of(t.maker().id()))
                            .contains(t.maker().id()));
            trainings = MakerCard.trainings(t.trainingsInCraft());
        });
        if (trace == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Looks up a code typed from a tag: the page of that code, with the code in its address. */
    public void lookUp() throws IOException {
        String typed = typedCode == null ? "" : typedCode.strip();
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.redirect(context.getRequestContextPath() + "/trace.xhtml?code="
                + URLEncoder.encode(typed, StandardCharsets.UTF_8));
    }

    public boolean isAsked() {
        return code != null && !code.isBlank();
    }

    public boolean isFound() {
        return trace != null;
    }

    public String getCode() {
        return trace != null ? trace.code() : code;
    }

    public ProductCard getProduct() {
        return product;
    }

    public MakerCard getMaker() {
        return maker;
    }

    public String getCooperative() {
        return product == null ? null : product.cooperative();
    }

    public String getMadeOn() {
        return trace == null ? null : ShopTexts.date(trace.madeOn());
    }

    /** A voided batch: its page offers none of its pieces for sale (they were never made, or taken out). */
    public boolean isVoided() {
        return trace != null && trace.voided();
    }

    public int getQuantity() {
        return trace == null ? 0 : trace.quantity();
    }

    public List<MakerCard.TrainingRow> getTrainings() {
        return trainings;
    }

    public String getTypedCode() {
        return typedCode;
    }

    public void setTypedCode(String typedCode) {
        this.typedCode = typedCode;
    }
}
