package cn.longyuan.market.admin.interfaces.web.members;

import cn.longyuan.market.admin.interfaces.web.PageMessages;
import cn.longyuan.market.application.RequestRefusedException;
import cn.longyuan.market.application.backoffice.PrintedDocuments;
import cn.longyuan.market.application.members.ArtisanRecords;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.web.api.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;

/** One artisan: her public face, her private data (audited read), her trainings with certificates, her batches. */
@Named
@RequestScoped
public class ArtisanPage {

    @Inject
    private ArtisanRecords records;

    @Inject
    private PrintedDocuments documents;

    @Inject
    private Actor actor;

    private String artisan;
    private ArtisanRecords.Details details;
    private boolean notFound;

    /** Called by f:viewAction once the view parameter is set; another cooperative's artisan is a 404. */
    public void load() {
        Long id = Ids.parse(artisan);
        try {
            if (id == null) {
                throw RequestRefusedException.notFound(String.valueOf(artisan));
            }
            details = records.details(actor, id);
        } catch (RequestRefusedException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public StreamedContent certificate(long enrollmentId) {
        try {
            PrintedDocuments.Pdf pdf = documents.certificate(actor, enrollmentId);
            return DefaultStreamedContent.builder().name(pdf.fileName()).contentType("application/pdf")
                    .stream(() -> new ByteArrayInputStream(pdf.content())).build();
        } catch (RequestRefusedException e) {
            PageMessages.refused(e, "trainings", null);
            return null;
        }
    }

    public String getArtisan() {
        return artisan;
    }

    public void setArtisan(String artisan) {
        this.artisan = artisan;
    }

    /**
     * Her record; on a postback (a certificate download) read again from the form's {@code artisan} field, so that the
     * table and its buttons exist when the request is decoded.
     */
    public ArtisanRecords.Details getDetails() {
        if (details == null && !notFound && FacesContext.getCurrentInstance().isPostback()) {
            artisan = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("artisan");
            load();
        }
        return details;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
