package cn.longyuan.market.shop.interfaces.rest;

import cn.longyuan.market.application.shared.PhotoCheck;
import cn.longyuan.market.domain.model.shared.PhotoFormat;
import cn.longyuan.market.web.api.JsonFields;
import jakarta.json.JsonObject;
import java.util.Base64;

/**
 * The optional {@code "photo": {"contentType", "data"}} of a return request's JSON body: the picture's bytes in
 * base64 and the type the client says they are. JSON rather than multipart keeps the call one body of the API's
 * usual kind, read by the same {@code JsonShape} rules; the price is base64's third more bytes under the API's 1 MB
 * body limit (413 above it), so a photo sent this way is at most about 750 KB. What the bytes are is decided by
 * {@link PhotoCheck} from the bytes themselves; a declared type that differs from them is refused rather than
 * believed, so a client learns it sent the wrong file.
 */
final class ReturnPhotoBody {

    private ReturnPhotoBody() {}

    /** The photo's bytes, or null when the body has none or its form is wrong (then reported in {@code fields}). */
    static byte[] read(JsonObject body, JsonFields fields) {
        JsonObject photo = fields.object(body, "photo", "photo");
        if (photo == null) {
            return null;
        }
        String contentType = fields.string(photo, "contentType", "photo.contentType");
        String data = fields.string(photo, "data", "photo.data");
        PhotoFormat declared = null;
        if (contentType == null) {
            if (!fields.has("photo.contentType")) {
                fields.add("photo.contentType", "required: image/jpeg, image/png or image/webp");
            }
        } else {
            declared = PhotoFormat.ofContentType(contentType.strip());
            if (declared == null) {
                fields.add("photo.contentType", "one of image/jpeg, image/png, image/webp");
            }
        }
        if (data == null) {
            if (!fields.has("photo.data")) {
                fields.add("photo.data", "required: the photo's bytes in base64");
            }
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data.strip());
        } catch (IllegalArgumentException notBase64) {
            fields.add("photo.data", "not base64");
            return null;
        }
        PhotoFormat sent = PhotoCheck.formatOf(bytes);
        if (declared != null && sent != null && sent != declared) {
            fields.add("photo.contentType", "the data is " + sent.contentType() + ", not " + declared.contentType());
        }
        return bytes;
    }
}
