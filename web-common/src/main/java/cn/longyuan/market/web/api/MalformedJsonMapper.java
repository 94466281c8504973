package cn.longyuan.market.web.api;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON at all: 400 MALFORMED_JSON with where the parser gave up. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonParsingException> {

    @Override
    public Response toResponse(JsonParsingException e) {
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNumber() + ", column "
                        + e.getLocation().getColumnNumber() + ")";
        // our own refusals (too deep, a repeated key) say why; the parser's own texts are its internals
        String why = e.getMessage() != null && e.getMessage().startsWith("not acceptable JSON: ")
                ? " " + e.getMessage().substring("not acceptable JSON: ".length())
                : "";
        return ErrorCode.MALFORMED_JSON.response("The request body is not valid JSON" + where + "." + why);
    }
}
