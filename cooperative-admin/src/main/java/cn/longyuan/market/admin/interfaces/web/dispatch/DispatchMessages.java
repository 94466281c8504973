package cn.longyuan.market.admin.interfaces.web.dispatch;

import cn.longyuan.market.admin.interfaces.web.FormMessages;
import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import java.util.HashMap;
import java.util.Map;

/** A dispatch form's refusal next to its inputs, in this page's own texts ({@code violation.dispatch.<field>}). */
final class DispatchMessages {

    private DispatchMessages() {}

    /** {@code inputs}: the service's field → the form's input (each form's {@code INPUTS}). */
    static void show(RequestRefusedException refused, Map<String, String> inputs) {
        Map<String, String> prefixed = new HashMap<>();
        inputs.forEach((field, input) -> prefixed.put("dispatch." + field, input));
        FormMessages.show(
                new RequestRefusedException(
                        refused.reason(),
                        refused.getMessage(),
                        refused.violations().stream()
                                .map(v -> new FieldViolation("dispatch." + v.field(), v.message()))
                                .toList()),
                prefixed);
    }
}
