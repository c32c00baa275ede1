package cn.duban.api;

/** One thing wrong with a command's input, named by the field a client sent. */
public record FieldError(String field, String message) {
}
