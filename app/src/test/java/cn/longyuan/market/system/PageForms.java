package cn.longyuan.market.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The POST forms of a rendered page as a browser would send them: their fields (inputs, selects, text areas, with
 * the values the page gave them) and their submit buttons — enough to post every form of every page with other values.
 */
final class PageForms {

    record Field(String name, String type, String value, List<String> options) {}

    record Form(String id, String action, List<Field> fields, List<String> buttons, String html) {

        /** Whether the button sends an ajax request (PrimeFaces' {@code PrimeFaces.ab({s:"id"...})}). */
        boolean isAjax(String button, String page) {
            String quoted = Pattern.quote(button);
            return Pattern.compile("s:\\s*[\"']" + quoted + "[\"']")
                    .matcher(page)
                    .find();
        }
    }

    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*\"([^\"]*)\"");

    private PageForms() {}

    /** The page's CSP nonce, which PrimeFaces' script adds to every form as {@code primefaces.nonce}; null without one. */
    static String cspNonce(String html) {
        Matcher nonce = CSP_NONCE.matcher(html);
        return nonce.find() ? nonce.group(1) : null;
    }

    static List<Form> of(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            if (!"post".equalsIgnoreCase(attributes.getOrDefault("method", "get"))) {
                continue;
            }
            String body = form.group(2);
            List<Field> fields = new ArrayList<>();
            Matcher input = INPUT.matcher(body);
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                String type = a.getOrDefault("type", "text").toLowerCase();
                if (a.containsKey("name")
                        && !type.equals("submit")
                        && !type.equals("button")
                        && !type.equals("file")
                        && !type.equals("image")
                        && !type.equals("reset")) {
                    fields.add(new Field(a.get("name"), type, unescape(a.getOrDefault("value", "")), List.of()));
                }
            }
            Matcher textarea = TEXTAREA.matcher(body);
            while (textarea.find()) {
                Map<String, String> a = attributes(textarea.group(1));
                if (a.containsKey("name")) {
                    fields.add(new Field(a.get("name"), "textarea", unescape(textarea.group(2)), List.of()));
                }
            }
            Matcher select = SELECT.matcher(body);
            while (select.find()) {
                Map<String, String> a = attributes(select.group(1));
                List<String> options = new ArrayList<>();
                Matcher option = OPTION.matcher(select.group(2));
                while (option.find()) {
                    options.add(unescape(attributes(option.group(1)).getOrDefault("value", "")));
                }
                if (a.containsKey("name")) {
                    fields.add(new Field(a.get("name"), "select", options.isEmpty() ? "" : options.get(0), options));
                }
            }
            List<String> buttons = new ArrayList<>();
            Matcher button = BUTTON.matcher(body);
            while (button.find()) {
                Map<String, String> a = attributes(button.group(1));
                if (a.containsKey("id") && !"reset".equals(a.get("type"))) {
                    buttons.add(a.get("id"));
                }
            }
            Matcher submit = INPUT.matcher(body);
            while (submit.find()) {
                Map<String, String> a = attributes(submit.group(1));
                if ("submit".equalsIgnoreCase(a.get("type")) && a.containsKey("name")) {
                    buttons.add(a.get("name"));
                }
            }
            forms.add(new Form(
                    attributes.getOrDefault("id", ""),
                    unescape(attributes.getOrDefault("action", "")),
                    fields,
                    buttons,
                    form.group(0)));
        }
        return forms;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(), attribute.group(2));
        }
        return attributes;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
