package cn.longyuan.market.domain.model.catalog;

import cn.longyuan.market.domain.model.shared.PhotoFormat;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A photo of a product, as its cooperative uploaded it once checked: always re-encoded as JPEG (whatever was
 * sent), with a thumbnail. A fact: a new photo is a new row.
 */
@Entity
@Table(name = "listing_photo")
public class ListingPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "uploaded_as", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private PhotoFormat uploadedAs;

    private int width;

    private int height;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] image;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] thumbnail;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected ListingPhoto() {
        // for JPA
    }

    public ListingPhoto(
            long productId,
            PhotoFormat uploadedAs,
            int width,
            int height,
            byte[] jpeg,
            byte[] thumbnailJpeg,
            String uploadedBy,
            Instant uploadedAt) {
        this.productId = productId;
        this.uploadedAs = uploadedAs;
        this.width = width;
        this.height = height;
        this.image = jpeg.clone();
        this.thumbnail = thumbnailJpeg.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Where the shop serves it, relative to the shop's root; "-thumb" for the thumbnail. */
    public static String url(long photoId) {
        return "/images/photos/" + photoId + ".jpg";
    }

    public static String thumbnailUrl(long photoId) {
        return "/images/photos/" + photoId + "-thumb.jpg";
    }

    public Long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public PhotoFormat uploadedAs() {
        return uploadedAs;
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

    public String uploadedBy() {
        return uploadedBy;
    }
}
