package cn.longyuan.market.admin.infrastructure.openapi;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the back office out of the anonymous {@code /openapi}. Payara Micro builds one document per deployed war and
 * merges them all into the one {@code /openapi} answers; a war cannot opt out. With scanning disabled
 * ({@code META-INF/microprofile-config.properties}) this war's document still carries Payara's default title and its
 * server address ({@code …/admin}); this filter (named there as {@code mp.openapi.filter}, run last on this war's
 * document only) leaves nothing of it to merge. The back office's own document is served behind its login
 * ({@code ApiDocumentResource}).
 */
public class NothingForPublicOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        // empty rather than null: Payara's merge adds the shop's servers to this list when this document comes first
        document.setServers(new ArrayList<>());
        document.setInfo(null);
        document.setOpenapi(null);
    }
}
