package cn.longyuan.market.shop.interfaces.web.order;

import org.primefaces.model.file.UploadedFile;

/** What the return form's file field brought. */
final class ChosenPhoto {

    private ChosenPhoto() {}

    /**
     * The bytes of the file she chose, null when she chose none (the browser then sends an empty part without a
     * file name); a chosen file that is empty is sent on, for the check to refuse.
     */
    static byte[] bytesOf(UploadedFile photo) {
        if (photo == null) {
            return null;
        }
        boolean named = photo.getFileName() != null && !photo.getFileName().isBlank();
        if (!named && photo.getSize() == 0) {
            return null;
        }
        return photo.getContent();
    }
}
