package cn.longyuan.market.shop.interfaces.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response rendered into memory instead of onto the wire, so that it can be kept and then sent: headers go
 * through to the real response as they are set (the security headers' filter sees them), the body is held back.
 * Whatever would make it personal — a cookie, a redirect, an error — is noted, and such an answer is not kept.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean personal;
    private String contentSecurityPolicy;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    /** Whether this answer may be kept for the next anonymous visitor. */
    boolean isKeepable() {
        String type = getContentType();
        return !personal
                && getStatus() == SC_OK
                && type != null
                && (type.startsWith("text/html")
                        || type.startsWith("application/json")
                        || type.startsWith("application/xml"));
    }

    String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public void addCookie(Cookie cookie) {
        personal = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        note(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        note(name, value);
        super.addHeader(name, value);
    }

    private void note(String name, String value) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            personal = true;
        } else if ("Content-Security-Policy".equalsIgnoreCase(name)) {
            contentSecurityPolicy = value;
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        personal = true;
        super.sendRedirect(location);
    }

    @Override
    public void sendError(int status) throws IOException {
        personal = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        personal = true;
        super.sendError(status, message);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("a rendered page is written at once");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(body, charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public void reset() {
        body.reset();
        super.reset();
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void setContentLength(int len) {
        // the length of what is sent is set when it is sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // as above
    }
}
