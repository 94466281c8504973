package cn.longyuan.market.domain.model.ordering;

import cn.longyuan.market.domain.model.shared.PhotoFormat;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one photo a buyer attached to a return request, once checked: a JPEG drawn afresh from what she sent (JPEG,
 * PNG or WebP), with a thumbnail; width and height are those of the upload. Keyed by the request; a fact, never
 * changed.
 */
@Entity
@Table(name = "return_request_photo")
public class ReturnPhoto {

    /** What is kept and served: the check re-encodes every upload. */
    public static final String CONTENT_TYPE = "image/jpeg";

    @Id
    @Column(name = "return_request_id")
    private Long returnRequestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "uploaded_as", nullable = false, updatable = false)
    private PhotoFormat uploadedAs;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] image;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] thumbnail;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected ReturnPhoto() {
        // for JPA
    }

    public ReturnPhoto(
            long returnRequestId,
            PhotoFormat uploadedAs,
            int width,
            int height,
            byte[] jpeg,
            byte[] thumbnailJpeg,
            Instant uploadedAt) {
        this.returnRequestId = returnRequestId;
        this.uploadedAs = uploadedAs;
        this.contentType = CONTENT_TYPE;
        this.width = width;
        this.height = height;
        this.image = jpeg.clone();
        this.thumbnail = thumbnailJpeg.clone();
        this.uploadedAt = uploadedAt;
    }

    public long returnRequestId() {
        return returnRequestId;
    }

    public PhotoFormat uploadedAs() {
        return uploadedAs;
    }

    public String contentType() {
        return contentType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public byte[] image() {
        return image.clone();
    }

    public byte[] thumbnail() {
        return thumbnail.clone();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
