package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.listing.ListingService;
import cn.longyuan.market.domain.model.catalog.ListingPhoto;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The photos part of the listing editor: the listing's photos as stored, which one the shop shows first (the
 * product's picture), and the file chosen for upload.
 */
public class ListingPhotos implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient UploadedFile photo;
    private List<ListingService.PhotoRow> rows = List.of();
    private String imageUrl;

    /** The listing's photos and its picture as they are now. */
    void show(List<ListingService.PhotoRow> rows, String imageUrl) {
        this.rows = rows;
        this.imageUrl = imageUrl;
    }

    /** The chosen file's bytes, or null when none was chosen (the service refuses that with its reason). */
    byte[] chosen() {
        return photo == null ? null : photo.getContent();
    }

    public String thumbnailUrl(long photoId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/photos/" + photoId
                + "-thumb.jpg";
    }

    /** Whether this photo is the product's picture, the one the shop shows first. */
    public boolean isShownFirst(long photoId) {
        return ListingPhoto.url(photoId).equals(imageUrl);
    }

    public List<ListingService.PhotoRow> getRows() {
        return rows;
    }

    public UploadedFile getPhoto() {
        return photo;
    }

    public void setPhoto(UploadedFile photo) {
        this.photo = photo;
    }
}
