package dev.rescind.domain.shared;

import java.util.Objects;

/**
 * One problem with one input field.
 *
 * @param path    where the field sits, dotted and indexed ({@code lineItems[0].quantity}); empty for the
 *                value itself when a value type is parsed on its own
 * @param code    a stable, machine-readable code such as {@code required} or {@code too_long}
 * @param message a sentence for a person
 */
public record FieldError(String path, String code, String message) {

    /**
     * Checks that no component is null.
     *
     * @param path    where the field sits, dotted and indexed ({@code lineItems[0].quantity}); empty for the
     *                value itself when a value type is parsed on its own
     * @param code    a stable, machine-readable code such as {@code required} or {@code too_long}
     * @param message a sentence for a person
     * @throws NullPointerException when a component is null
     */
    public FieldError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * This error as seen from a parent field: {@code at("refund")} turns {@code amount} into {@code refund.amount}.
     *
     * @param parent the parent field's path
     * @return the error
     */
    public FieldError under(String parent) {
        if (parent.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return new FieldError(parent, code, message);
        }
        return new FieldError(path.startsWith("[") ? parent + path : parent + "." + path, code, message);
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + message + " (" + code + ")";
    }
}
