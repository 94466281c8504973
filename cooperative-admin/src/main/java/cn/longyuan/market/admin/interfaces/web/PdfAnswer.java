package cn.longyuan.market.admin.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;

/** A page that answers a PDF instead of itself (a plain link opens or downloads it under the page's own login). */
public final class PdfAnswer {

    private PdfAnswer() {}

    /** Opens in the browser's viewer. */
    public static void inline(String fileName, byte[] content) throws IOException {
        send("inline", fileName, content);
    }

    /** Saved as a file. */
    public static void attachment(String fileName, byte[] content) throws IOException {
        send("attachment", fileName, content);
    }

    private static void send(String disposition, String fileName, byte[] content) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", disposition + "; filename=\"" + fileName + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        }
        faces.responseComplete();
    }
}
