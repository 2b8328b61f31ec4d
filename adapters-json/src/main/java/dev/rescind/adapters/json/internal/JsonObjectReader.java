package dev.rescind.adapters.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads one JSON object field by field, as strictly as Rescind writes it: every field must be present
 * ({@code null} where the value is optional), fields it does not ask for are errors, and every error is
 * collected with its path before the object is built. Not part of the API.
 */
public final class JsonObjectReader {

    private final JsonNode node;
    private final Check check = Check.start();
    private final Set<String> asked = new HashSet<>();

    private JsonObjectReader(JsonNode node) {
        this.node = node;
    }

    /** Reads {@code node} as an object with {@code read}, which asks for fields and returns the builder. */
    public static <T> Either<Rejection.InvalidInput, T> read(JsonNode node,
            Function<JsonObjectReader, Supplier<T>> read) {
        if (!node.isObject()) {
            return JsonValues.wrongType("an object");
        }
        JsonObjectReader reader = new JsonObjectReader(node);
        Supplier<T> build = read.apply(reader);
        return reader.finish(build);
    }

    /** A field that must hold a value. */
    public <T> T required(String name, Function<JsonNode, Either<Rejection.InvalidInput, T>> parse) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            check.require(false, name, StrictJson.REQUIRED, "must not be null");
            return null;
        }
        return check.field(name, parse.apply(value));
    }

    /** A field that holds a value or {@code null}. */
    public <T> Option<T> optional(String name, Function<JsonNode, Either<Rejection.InvalidInput, T>> parse) {
        JsonNode value = field(name);
        if (value == null || value.isNull()) {
            return Option.none();
        }
        T parsed = check.field(name, parse.apply(value));
        return parsed == null ? Option.none() : Option.some(parsed);
    }

    /** A field Rescind does not model: it must hold exactly the neutral value Rescind renders for it. */
    public void neutral(String name, JsonNode neutralValue) {
        JsonNode value = field(name);
        if (value != null) {
            check.require(value.equals(neutralValue), name, StrictJson.NOT_MODELED,
                    "is not modeled by Rescind and must be " + StrictJson.write(neutralValue));
        }
    }

    /** A value derived from fields read before (an amount with its currency); its errors go under {@code path}. */
    public <T> T value(String path, Either<Rejection.InvalidInput, T> derived) {
        return check.field(path, derived);
    }

    /** Records a rule between fields that did not hold. */
    public void require(boolean holds, String path, String message) {
        check.require(holds, path, StrictJson.INCONSISTENT, message);
    }

    public boolean failed() {
        return check.failed();
    }

    private JsonNode field(String name) {
        asked.add(name);
        JsonNode value = node.get(name);
        if (value == null) {
            check.require(false, name, StrictJson.REQUIRED, "is required");
        }
        return value;
    }

    private <T> Either<Rejection.InvalidInput, T> finish(Supplier<T> build) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            check.require(asked.contains(name), name, StrictJson.UNKNOWN_FIELD, "is not a field of this object");
        }
        // The builder may construct domain values whose own rules reject the combination.
        return check.failed() ? check.result(() -> null) : JsonValues.construct(build);
    }
}
