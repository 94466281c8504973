package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.PdfAnswer;
import cn.longyuan.market.application.production.PrintedDocuments;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.web.api.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * {@code batch-tags.xhtml?batch=ID}: the batch's printable sheet of QR tags as a PDF, for a link the manager opens
 * or prints from the batches page; another cooperative's batch is a 404 page.
 */
@Named
@RequestScoped
public class BatchTagsPage {

    @Inject
    private PrintedDocuments documents;

    @Inject
    private Actor actor;

    private String batch;
    private boolean notFound;

    public void download() throws IOException {
        Long id = Ids.parse(batch);
        PrintedDocuments.Pdf pdf;
        try {
            if (id == null) {
                throw RequestRefusedException.notFound(String.valueOf(batch));
            }
            pdf = documents.tagSheet(actor, id);
        } catch (RequestRefusedException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        PdfAnswer.inline(pdf.fileName(), pdf.content());
    }

    public String getBatch() {
        return batch;
    }

    public void setBatch(String batch) {
        this.batch = batch;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
