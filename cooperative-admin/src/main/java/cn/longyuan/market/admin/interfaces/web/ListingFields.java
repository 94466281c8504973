package cn.longyuan.market.admin.interfaces.web;

import cn.longyuan.market.application.listing.ListingDraft;
import cn.longyuan.market.domain.model.catalog.Product;
import java.io.Serializable;

/** What the listing form edits, as typed: craft, names and descriptions in both languages, price. */
public class ListingFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String craft;
    private String nameZh;
    private String nameEn;
    private String descriptionZh;
    private String descriptionEn;
    private String price;

    void fill(Product p) {
        craft = p.craft().code();
        nameZh = p.name().zh();
        nameEn = p.name().en();
        descriptionZh = p.description().zh();
        descriptionEn = p.description().en();
        price = p.price().toDecimalString();
    }

    ListingDraft draft() {
        return new ListingDraft(craft, nameZh, nameEn, descriptionZh, descriptionEn, price);
    }

    public String getCraft() {
        return craft;
    }

    public void setCraft(String craft) {
        this.craft = craft;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }
}
