package cn.longyuan.market.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form sent from a page whose state the server no longer has (the session ended, the server restarted, the page
 * was open too long) or never had (a forged or garbled {@code jakarta.faces.ViewState}, or no or a wrong
 * {@code primefaces.nonce}, PrimeFaces' CSP check of a postback) is not a server failure: the
 * visitor is sent back to the same page (a redirect, so a reload does not post again) with {@code expired=1}, which
 * the page template turns into a message, and one line is logged. Before, each such request answered 500 and
 * logged a full stack trace — a scanner posting garbage wrote megabytes of log a minute.
 * <p>
 * Nothing is kept for the visitor between the two requests (no flash, so no session is made for a forger).
 * Registered in each war's faces-config.xml after OmniFaces' handler, so that it sees these first.
 */
public class ExpiredPageHandler extends ExceptionHandlerWrapper {

    /** The query parameter the templates read to show "the page had expired". */
    public static final String PARAMETER = "expired";

    private static final Logger LOG = Logger.getLogger(ExpiredPageHandler.class.getName());
    /** Named, not imported: web-common knows no PrimeFaces class. */
    static final String PRIMEFACES_CSP_EXCEPTION = "org.primefaces.csp.CspException";

    public ExpiredPageHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean expired = false;
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            ExceptionQueuedEvent event = events.next();
            Throwable exception = event.getContext().getException();
            if (faces != null
                    && isLostPageState(faces, exception, event.getContext().getPhaseId())) {
                if (!expired) {
                    log(faces, exception);
                }
                expired = true;
                events.remove();
            }
        }
        if (expired && !faces.getResponseComplete()) {
            sendBack(faces);
        }
        getWrapped().handle();
    }

    /** A page state that cannot be restored: expired, or a postback whose view could not be restored at all. */
    static boolean isLostPageState(FacesContext faces, Throwable exception, PhaseId phase) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // PrimeFaces' CspException: the form came without the page's CSP nonce (no script ran, or not our page)
            if (t instanceof ViewExpiredException || t.getClass().getName().equals(PRIMEFACES_CSP_EXCEPTION)) {
                return true;
            }
        }
        return phase == PhaseId.RESTORE_VIEW && exception instanceof FacesException && faces.isPostback();
    }

    private static void log(FacesContext faces, Throwable exception) {
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        String message =
                exception.getMessage() == null ? "" : exception.getMessage().replaceAll("[\\r\\n]+", " ");
        LOG.info(() -> "Page state lost or not ours, visitor sent back to the page: " + request.getMethod() + " "
                + request.getRequestURI() + " from " + request.getRemoteAddr() + " ("
                + exception.getClass().getSimpleName() + ": "
                + (message.length() > 200 ? message.substring(0, 200) : message) + ")");
    }

    private static void sendBack(FacesContext faces) {
        ExternalContext context = faces.getExternalContext();
        try {
            context.redirect(pageAddress((HttpServletRequest) context.getRequest()));
        } catch (IOException e) {
            LOG.fine(() -> "the visitor went away before the redirect: " + e);
        }
        faces.responseComplete();
    }

    /**
     * The page the form was on: the Referer when it is this same page of this site (it keeps the page's own
     * parameters, such as an order's number, which a form's action address leaves out), else the posted address.
     */
    static String pageAddress(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (path.equals(uri.getRawPath())
                        && (uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName()))) {
                    query = uri.getRawQuery();
                }
            } catch (IllegalArgumentException ignored) {
                // not an address: the posted one it is
            }
        }
        String kept = query == null ? "" : query.replaceAll("(^|&)" + PARAMETER + "=[^&]*", "");
        kept = kept.startsWith("&") ? kept.substring(1) : kept;
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + PARAMETER + "=1";
    }

    /** Registered as {@code <exception-handler-factory>} in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredPageHandler(getWrapped().getExceptionHandler());
        }
    }
}
