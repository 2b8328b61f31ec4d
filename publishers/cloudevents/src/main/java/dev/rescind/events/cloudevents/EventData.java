package dev.rescind.events.cloudevents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.domain.shared.DomainEvent;
import io.vavr.control.Option;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of a CloudEvent: an event record as a JSON object whose members are its components in
 * snake_case. A nested record of one component ({@code Reason}, {@code ShipmentId}) is that component alone;
 * an absent {@code Option} is an absent member; lists are arrays; maps are objects; enums their names;
 * {@code BigDecimal} a string that keeps its scale; {@code Instant}, {@code ZoneId}, {@code Currency} and
 * {@code URI} their ISO strings. An {@code int} member that is absent reads as 0, so that a counter added to a
 * type later keeps the type's version readable both ways. Reading goes through each record's canonical
 * constructor, so the domain's validation runs on every event a consumer reads.
 *
 * <p>The member names are part of the versioned event type: renaming a component changes
 * {@code docs/events.md}, whose test then fails, and needs a new type version.
 */
final class EventData {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ClassValue<Shape> shapes = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    ObjectNode encode(DomainEvent event) {
        return object((Record) event);
    }

    <E extends DomainEvent> E decode(JsonNode data, Class<E> type) {
        return type.cast(record(data, type));
    }

    /** The member name of a record component: {@code completeAtStart} is {@code complete_at_start}. */
    static String memberName(String component) {
        StringBuilder name = new StringBuilder(component.length() + 4);
        for (char letter : component.toCharArray()) {
            if (Character.isUpperCase(letter)) {
                name.append('_').append(Character.toLowerCase(letter));
            } else {
                name.append(letter);
            }
        }
        return name.toString();
    }

    private ObjectNode object(Record value) {
        Shape shape = shapes.get(value.getClass());
        ObjectNode object = NODES.objectNode();
        for (int index = 0; index < shape.components().length; index++) {
            Object member = shape.valueOf(value, index);
            if (!(member instanceof Option<?> option && option.isEmpty())) {
                object.set(shape.names()[index], write(member, shape.components()[index].getGenericType()));
            }
        }
        return object;
    }

    private JsonNode write(Object value, Type declared) {
        if (value instanceof Option<?> option) {
            return write(option.get(), typeArgument(declared, 0));
        }
        if (value instanceof List<?> elements) {
            ArrayNode array = NODES.arrayNode(elements.size());
            elements.forEach(element -> array.add(write(element, typeArgument(declared, 0))));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, member) -> object.set((String) key, write(member, typeArgument(declared, 1))));
            return object;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Instant || value instanceof BigDecimal || value instanceof URI) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof ZoneId zone) {
            return NODES.textNode(zone.getId());
        }
        if (value instanceof Currency currency) {
            return NODES.textNode(currency.getCurrencyCode());
        }
        if (value instanceof Enum<?> constant) {
            return NODES.textNode(constant.name());
        }
        if (value instanceof Record record) {
            Shape shape = shapes.get(record.getClass());
            return shape.components().length == 1
                    ? write(shape.valueOf(record, 0), shape.components()[0].getGenericType())
                    : object(record);
        }
        throw new IllegalArgumentException("an event holds a " + value.getClass().getName()
                + ", which the CloudEvents data format does not define");
    }

    private Object read(JsonNode node, Type declared, String path) {
        Class<?> raw = rawClass(declared);
        if (raw == Option.class) {
            return node == null || node.isNull() ? Option.none() : Option.some(read(node, typeArgument(declared, 0),
                    path));
        }
        if (node == null && raw == int.class) {
            // A counter added to a v1 type later, such as an item's cancelled quantity: older events lack it.
            return 0;
        }
        if (node == null || node.isNull()) {
            throw new UnreadableEventException(path + " is missing");
        }
        if (raw == List.class) {
            List<Object> elements = new ArrayList<>();
            expect(node.isArray(), node, path, "an array");
            for (int index = 0; index < node.size(); index++) {
                elements.add(read(node.get(index), typeArgument(declared, 0), path + "[" + index + "]"));
            }
            return Collections.unmodifiableList(elements);
        }
        if (raw == Map.class) {
            Map<String, Object> map = new LinkedHashMap<>();
            expect(node.isObject(), node, path, "an object");
            node.properties().forEach(entry -> map.put(entry.getKey(),
                    read(entry.getValue(), typeArgument(declared, 1), path + "." + entry.getKey())));
            return Collections.unmodifiableMap(map);
        }
        if (raw == String.class) {
            return expect(node.isTextual(), node, path, "a string").textValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return expect(node.isBoolean(), node, path, "true or false").booleanValue();
        }
        if (raw == int.class || raw == Integer.class) {
            return expect(node.isIntegralNumber() && node.canConvertToInt(), node, path, "an integer").intValue();
        }
        if (raw == long.class || raw == Long.class) {
            return expect(node.isIntegralNumber() && node.canConvertToLong(), node, path, "an integer").longValue();
        }
        if (raw.isRecord()) {
            Shape shape = shapes.get(raw);
            return shape.components().length == 1
                    ? shape.construct(new Object[] {read(node, shape.components()[0].getGenericType(), path)}, path)
                    : record(node, raw, path);
        }
        String text = expect(node.isTextual(), node, path, "a string").textValue();
        try {
            if (raw == Instant.class) {
                return Instant.parse(text);
            }
            if (raw == BigDecimal.class) {
                return new BigDecimal(text);
            }
            if (raw == URI.class) {
                return new URI(text);
            }
            if (raw == ZoneId.class) {
                return ZoneId.of(text);
            }
            if (raw == Currency.class) {
                return Currency.getInstance(text);
            }
            if (raw.isEnum()) {
                return enumConstant(raw, text);
            }
        } catch (Exception unparseable) {
            throw new UnreadableEventException(path + ": not a " + raw.getSimpleName() + ": " + text, unparseable);
        }
        throw new IllegalArgumentException("the CloudEvents data format does not define " + declared);
    }

    private Object record(JsonNode node, Class<?> type) {
        return record(node, type, "data");
    }

    private Object record(JsonNode node, Class<?> type, String path) {
        expect(node != null && node.isObject(), node, path, "an object");
        Shape shape = shapes.get(type);
        Object[] arguments = new Object[shape.components().length];
        for (int index = 0; index < arguments.length; index++) {
            String name = shape.names()[index];
            arguments[index] = read(node.get(name), shape.components()[index].getGenericType(), path + "." + name);
        }
        return shape.construct(arguments, path);
    }

    private static JsonNode expect(boolean holds, JsonNode node, String path, String what) {
        if (!holds) {
            throw new UnreadableEventException(path + " must be " + what + ", not " + node);
        }
        return node;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalArgumentException("the CloudEvents data format does not define " + type);
    }

    static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException(type + " must name its type arguments");
    }

    /** A record's components, their member names and its canonical constructor, looked up once per class. */
    record Shape(RecordComponent[] components, String[] names, Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            RecordComponent[] components = type.getRecordComponents();
            String[] names = Arrays.stream(components).map(component -> memberName(component.getName()))
                    .toArray(String[]::new);
            Class<?>[] parameters = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return new Shape(components, names, type.getDeclaredConstructor(parameters));
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException("every record has a canonical constructor", impossible);
            }
        }

        Object valueOf(Record record, int index) {
            try {
                return components[index].getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                throw new IllegalStateException("cannot read " + components[index], unreadable);
            }
        }

        Object construct(Object[] arguments, String path) {
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException refused) {
                throw new UnreadableEventException(path + " is not valid: " + refused.getCause().getMessage(),
                        refused.getCause());
            } catch (ReflectiveOperationException unusable) {
                throw new IllegalStateException("cannot construct " + constructor.getDeclaringClass(), unusable);
            }
        }
    }
}
