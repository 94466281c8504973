package cn.longyuan.market.system;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The operations Jersey serves for one JAX-RS application, read from its {@code application.wadl}: the running
 * application's own list, built from the deployed resource classes, to hold an OpenAPI document to. Keys and
 * parameters are written as {@link OpenApiDocument#operations()} writes them ("GET /api/v1/trace/{code}",
 * "path code", "query lang", "header Idempotency-Key").
 */
final class Wadl {

    private Wadl() {}

    /** The operations with their parameters, paths from the application's root (the WADL's base less {@code root}). */
    static Map<String, Set<String>> operations(String wadl, String root) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element resources = child(
                    factory.newDocumentBuilder()
                            .parse(new ByteArrayInputStream(wadl.getBytes(StandardCharsets.UTF_8)))
                            .getDocumentElement(),
                    "resources");
            String base = URI.create(resources.getAttribute("base")).getPath();
            if (!base.startsWith(root)) {
                throw new AssertionError("the WADL's base " + base + " is not under " + root);
            }
            Map<String, Set<String>> operations = new TreeMap<>();
            for (Element resource : children(resources, "resource")) {
                walk(resource, base.substring(root.length()), Set.of(), operations);
            }
            return operations;
        } catch (Exception e) {
            throw new AssertionError("not a WADL document: " + wadl, e);
        }
    }

    private static void walk(
            Element resource, String parent, Set<String> inherited, Map<String, Set<String>> operations) {
        String path = join(parent, resource.getAttribute("path"));
        Set<String> parameters = new TreeSet<>(inherited);
        children(resource, "param").forEach(p -> parameters.add(parameter(p)));
        for (Element method : children(resource, "method")) {
            Set<String> own = new TreeSet<>(parameters);
            Element request = child(method, "request");
            if (request != null) {
                children(request, "param").forEach(p -> own.add(parameter(p)));
            }
            operations.put(method.getAttribute("name") + " " + path, own);
        }
        for (Element sub : children(resource, "resource")) {
            walk(sub, path, parameters, operations);
        }
    }

    private static String parameter(Element param) {
        String style = param.getAttribute("style");
        return ("template".equals(style) ? "path" : style) + " " + param.getAttribute("name");
    }

    private static String join(String parent, String path) {
        String joined =
                (parent.endsWith("/") ? parent : parent + "/") + (path.startsWith("/") ? path.substring(1) : path);
        joined = joined.startsWith("/") ? joined : "/" + joined;
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Element child(Element parent, String name) {
        var found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static java.util.List<Element> children(Element parent, String name) {
        java.util.List<Element> found = new java.util.ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
