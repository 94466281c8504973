package cn.longyuan.market.admin.interfaces.web;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A file made in memory, as a page's download ({@code p:fileDownload}). */
public final class Downloads {

    public static final String PDF = "application/pdf";

    private Downloads() {}

    /** The bytes, with the name the browser saves them under and their type (and length, for its progress). */
    public static StreamedContent of(byte[] bytes, String name, String type) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length).stream(
                        () -> new ByteArrayInputStream(bytes))
                .build();
    }
}
