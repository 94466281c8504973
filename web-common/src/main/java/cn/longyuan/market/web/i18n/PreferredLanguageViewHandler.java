package cn.longyuan.market.web.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every view the buyer's language ({@link LanguagePreference}) from the moment it is created. The
 * template's {@code <f:view locale>} alone applies when the page is rendered; a view action runs earlier, on
 * a view made from the page's metadata only, whose locale would otherwise be the browser's Accept-Language —
 * so a buyer who chose English in a Chinese browser would get Chinese texts from the beans.
 */
public class PreferredLanguageViewHandler extends ViewHandlerWrapper {

    public PreferredLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LanguagePreference.class).get().getLocale();
    }
}
