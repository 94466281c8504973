package cn.longyuan.market.web.api;

import java.util.List;

/**
 * The body of every 4xx (and 503) answer of both REST APIs, as api.md defines it:
 * {@code {"error": CODE, "message": text, "violations": [{"field", "message"}]}}.
 */
public record ApiError(String error, String message, List<Violation> violations) {

    public record Violation(String field, String message) {}

    public ApiError {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static ApiError of(ErrorCode code, String message) {
        return new ApiError(code.name(), message, List.of());
    }
}
