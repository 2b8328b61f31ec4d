package dev.rescind.adapters.json.violation;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.sql.Timestamp;

/**
 * Breaks the JSON adapter's rules on purpose: it builds its own mapper, lets the wire name classes to
 * instantiate, and leans on {@code java.sql}.
 */
public final class TypesPolymorphically {

    /** A wire value that names its own class. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    public record Named(Timestamp at) {
    }

    private TypesPolymorphically() {
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper().activateDefaultTyping(BasicPolymorphicTypeValidator.builder().build());
    }
}
