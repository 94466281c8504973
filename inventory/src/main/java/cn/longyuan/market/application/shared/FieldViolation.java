package cn.longyuan.market.application.shared;

/** A field of a request and what is wrong with it; the field named as in the request ("lines[0].quantity"). */
public record FieldViolation(String field, String message) {}
