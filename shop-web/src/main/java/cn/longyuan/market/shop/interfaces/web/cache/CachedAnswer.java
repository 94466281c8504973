package cn.longyuan.market.shop.interfaces.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A page or API answer as an anonymous visitor gets it, kept to be sent again as bytes: its body (and the same
 * compressed once with gzip, so that no hit compresses), its content type, the policy it was rendered under (the
 * page's scripts carry that policy's nonce) and an ETag of its bytes.
 */
record CachedAnswer(
        String contentType, String contentSecurityPolicy, byte[] body, byte[] gzipped, String etag, long storedAt) {

    static CachedAnswer of(String contentType, String contentSecurityPolicy, byte[] body, long now) {
        return new CachedAnswer(contentType, contentSecurityPolicy, body, gzip(body), etag(body), now);
    }

    /** What the answer costs the cache: both bodies. */
    long weight() {
        return body.length + gzipped.length + 256L;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
