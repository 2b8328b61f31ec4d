package dev.rescind.adapters.json.violation;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import dev.rescind.application.port.RescindStore;

/**
 * Breaks the JSON adapter's rules on purpose: it builds its own mapper, lets the wire name classes to
 * instantiate, and reaches past the use cases into a store.
 */
public final class TypesPolymorphically {

    /** A wire value that names its own class. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    public record Named(RescindStore store) {
    }

    private TypesPolymorphically() {
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper().activateDefaultTyping(BasicPolymorphicTypeValidator.builder().build());
    }
}
