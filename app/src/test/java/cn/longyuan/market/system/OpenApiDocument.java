package cn.longyuan.market.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An OpenAPI document as a served answer, read by swagger-parser (a real OpenAPI 3 validator): its problems, and its
 * operations ("GET /api/v1/products/{id}") with their parameters ("query q", "header Idempotency-Key", "path id"),
 * answers and schemas, every {@code $ref} resolved.
 */
final class OpenApiDocument {

    private final String text;
    private final List<String> problems;
    private final OpenAPI resolved;

    private OpenApiDocument(String text, List<String> problems, OpenAPI resolved) {
        this.text = text;
        this.problems = problems;
        this.resolved = resolved;
    }

    static OpenApiDocument parse(String text) {
        // as written, for the validator's messages (unknown or missing attributes, broken references)
        SwaggerParseResult checked = new OpenAPIV3Parser().readContents(text, null, new ParseOptions());
        List<String> problems = new ArrayList<>(checked.getMessages() == null ? List.of() : checked.getMessages());
        if (checked.getOpenAPI() == null) {
            problems.add("not an OpenAPI document");
        }
        // with every $ref inlined (allOf merged), to read operations and schemas directly
        ParseOptions inline = new ParseOptions();
        inline.setResolve(true);
        inline.setResolveFully(true);
        OpenAPI resolved =
                new OpenAPIV3Parser().readContents(text, null, inline).getOpenAPI();
        return new OpenApiDocument(text, problems, resolved);
    }

    String text() {
        return text;
    }

    List<String> problems() {
        return problems;
    }

    OpenAPI model() {
        return resolved;
    }

    /** Every operation, "METHOD path", with its parameters as "in name". */
    Map<String, Set<String>> operations() {
        Map<String, Set<String>> operations = new TreeMap<>();
        forEachOperation((key, item, operation) -> {
            Set<String> parameters = new TreeSet<>();
            List<Parameter> all = new ArrayList<>();
            if (item.getParameters() != null) {
                all.addAll(item.getParameters());
            }
            if (operation.getParameters() != null) {
                all.addAll(operation.getParameters());
            }
            all.forEach(p -> parameters.add(p.getIn() + " " + p.getName()));
            operations.put(key, parameters);
        });
        return operations;
    }

    Operation operation(String key) {
        Operation[] found = new Operation[1];
        forEachOperation((k, item, operation) -> {
            if (k.equals(key)) {
                found[0] = operation;
            }
        });
        if (found[0] == null) {
            throw new AssertionError("the document has no operation " + key);
        }
        return found[0];
    }

    /** The schema the document gives an operation's answer with that status, in that media type. */
    Schema<?> answer(String key, int status, String mediaType) {
        ApiResponse response = operation(key).getResponses().get(Integer.toString(status));
        if (response == null
                || response.getContent() == null
                || response.getContent().get(mediaType) == null) {
            throw new AssertionError(key + " documents no " + status + " answer in " + mediaType);
        }
        MediaType content = response.getContent().get(mediaType);
        return content.getSchema();
    }

    Schema<?> component(String name) {
        return resolved.getComponents().getSchemas().get(name);
    }

    interface OperationVisitor {
        void visit(String key, PathItem item, Operation operation);
    }

    void forEachOperation(OperationVisitor visitor) {
        if (resolved == null || resolved.getPaths() == null) {
            return;
        }
        resolved.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> visitor.visit(method.name() + " " + path, item, operation)));
    }
}
