package cn.longyuan.market.admin.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The back-office API's OpenAPI document, for signed-in staff only (HTTP Basic like every call here). It describes
 * artisans' private fields, so it is not Payara's anonymous {@code /openapi} (see {@code NothingForPublicOpenApi}):
 * a file written alongside docs/api.md, served as it is.
 */
@Path("v1/openapi.yaml")
@RequestScoped
public class ApiDocumentResource {

    static final String MEDIA_TYPE = "application/yaml";

    @GET
    @Produces(MEDIA_TYPE)
    @RolesAllowed({"FEDERATION", "COOP_MANAGER", "BROKER"})
    public Response document() {
        CacheControl privateOnly = new CacheControl();
        privateOnly.setPrivate(true);
        return Response.ok(Document.BYTES, MEDIA_TYPE + ";charset=UTF-8")
                .cacheControl(privateOnly)
                .build();
    }

    /** The file, read once on first use. */
    private static final class Document {

        static final byte[] BYTES = read("back-office-openapi.yaml");

        private static byte[] read(String name) {
            try (InputStream in = ApiDocumentResource.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing from the war");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
