package cn.longyuan.market.web.api;

import cn.longyuan.market.application.shared.FieldViolation;
import cn.longyuan.market.application.shared.RequestRefusedException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of a JSON request object one by one, noting every field of the wrong type under its
 * request path ("lines[0].quantity") instead of stopping at the first. A missing or wrong field reads as
 * null, so that the business rules can add their own violations for the rest.
 * <p>
 * Usage: {@code JsonFields f = new JsonFields(); String name = f.string(body, "name", "contact.name"); ... f.throwIfAny();}
 */
public final class JsonFields {

    private final List<FieldViolation> violations = new ArrayList<>();

    public List<FieldViolation> violations() {
        return violations;
    }

    public boolean has(String path) {
        return violations.stream().anyMatch(v -> v.field().equals(path));
    }

    public void add(String path, String message) {
        violations.add(new FieldViolation(path, message));
    }

    /** Adds the rule violations for fields not already reported as malformed, then refuses if there are any. */
    public void throwIfAny(List<FieldViolation> ruleViolations) {
        for (FieldViolation v : ruleViolations) {
            if (!has(v.field())) {
                violations.add(v);
            }
        }
        throwIfAny();
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.VALIDATION,
                    "The request has " + violations.size() + " invalid field(s).",
                    violations);
        }
    }

    public String string(JsonObject object, String name, String path) {
        JsonValue value = present(object, name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        add(path, "must be a string");
        return null;
    }

    /** A whole number within [min, max]; anything else (a fraction, a string, 1e30) is reported. */
    public Integer integer(JsonObject object, String name, String path, int min, int max) {
        JsonValue value = present(object, name);
        if (value == null) {
            return null;
        }
        String range = "must be a whole number from " + min + " to " + max;
        if (!(value instanceof JsonNumber number)) {
            add(path, range);
            return null;
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.stripTrailingZeros().scale() > 0
                || decimal.compareTo(BigDecimal.valueOf(min)) < 0
                || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
            add(path, range);
            return null;
        }
        return decimal.intValueExact();
    }

    /** An id as the API hands it out: a string (or a bare number) of digits. Null and reported otherwise. */
    public Long id(JsonObject object, String name, String path) {
        JsonValue value = present(object, name);
        if (value == null) {
            return null;
        }
        // a number's size is checked before it is written out: 1e999999999 would be a billion digits
        String text = value instanceof JsonString s
                ? s.getString()
                : value instanceof JsonNumber n
                                && n.isIntegral()
                                && n.bigDecimalValue().precision()
                                                - n.bigDecimalValue().scale()
                                        <= 18
                        ? n.bigDecimalValue().toPlainString()
                        : null;
        Long id = Ids.parse(text);
        if (id == null) {
            add(path, "not a valid id");
        }
        return id;
    }

    public LocalDate date(JsonObject object, String name, String path) {
        String text = string(object, name, path);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            add(path, "must be a date YYYY-MM-DD");
            return null;
        }
    }

    public JsonObject object(JsonObject object, String name, String path) {
        JsonValue value = present(object, name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject o) {
            return o;
        }
        add(path, "must be an object");
        return null;
    }

    public JsonArray array(JsonObject object, String name, String path) {
        JsonValue value = present(object, name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonArray a) {
            return a;
        }
        add(path, "must be an array");
        return null;
    }

    public <E extends Enum<E>> E enumValue(JsonObject object, String name, String path, Class<E> type) {
        String text = string(object, name, path);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        add(path, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }

    private static JsonValue present(JsonObject object, String name) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }
}
