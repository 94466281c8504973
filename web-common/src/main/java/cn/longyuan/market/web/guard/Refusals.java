package cn.longyuan.market.web.guard;

import cn.longyuan.market.web.api.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How {@link RequestGuardFilter} says no: the APIs' JSON error body under {@code /api/}, a short page in both of the
 * shop's languages elsewhere (the filter runs before the page's own language is known). The connection is closed
 * after a refused body, so that what is left of it is never read.
 */
final class Refusals {

    private Refusals() {}

    static void tooLarge(HttpServletRequest request, HttpServletResponse response, boolean api, long limit)
            throws IOException {
        long megabytes = limit / (1024 * 1024);
        response.setHeader("Connection", "close");
        send(
                request,
                response,
                api,
                ErrorCode.PAYLOAD_TOO_LARGE,
                "body",
                "The request body is larger than this address accepts (at most " + megabytes + " MB).",
                "提交的内容太大（最多 " + megabytes + " MB）。",
                "What you sent is larger than this page accepts (at most " + megabytes + " MB).");
    }

    static void lengthRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        send(
                request,
                response,
                false,
                ErrorCode.LENGTH_REQUIRED,
                "body",
                "A form must be sent with its Content-Length.",
                "表单提交缺少长度信息，请重新提交。",
                "The form was sent without its length; please send it again.");
    }

    static void badCharacter(HttpServletRequest request, HttpServletResponse response, boolean api, String parameter)
            throws IOException {
        send(
                request,
                response,
                api,
                ErrorCode.VALIDATION,
                parameter,
                "The parameter contains a control character (such as NUL), which no field accepts.",
                "您填写的内容里有无法保存的控制字符，请返回删除后再提交。",
                "What you typed contains a control character that cannot be saved; go back, remove it and send again.");
    }

    private static void send(
            HttpServletRequest request,
            HttpServletResponse response,
            boolean api,
            ErrorCode code,
            String field,
            String apiMessage,
            String zh,
            String en)
            throws IOException {
        response.setStatus(code.status());
        if (api) {
            response.setContentType("application/json;charset=UTF-8");
            JsonObjectBuilder violation =
                    Json.createObjectBuilder().add("field", safeField(field)).add("message", apiMessage);
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("error", code.name())
                            .add("message", apiMessage)
                            .add("violations", Json.createArrayBuilder().add(violation))
                            .build()
                            .toString());
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        String home = request.getContextPath().isEmpty() ? "/" : request.getContextPath() + "/";
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="zh"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>无法接受的请求 · Request not accepted</title></head>
                <body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
                <h1>无法接受的请求</h1><p id="message-zh">%s</p>
                <h1 lang="en">Request not accepted</h1><p id="message-en" lang="en">%s</p>
                <p><a href="%s">返回首页 · Back to the start page</a></p>
                </body></html>
                """.formatted(zh, en, home));
    }

    /** The parameter's name as the answer may show it: its control characters as U+XXXX, so the answer stays clean. */
    private static String safeField(String field) {
        StringBuilder out = new StringBuilder();
        field.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL || Character.isSurrogate((char) c) && c < 0x10000) {
                out.append("U+%04X".formatted(c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
