package dev.rescind.application.internal;

import dev.rescind.application.CommandContext;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Identifies a command for idempotency: the SHA-256 of a canonical encoding of the use case, the actor, the
 * target and the arguments. The encoding is Rescind's own, fixed here, and does not depend on any
 * {@code toString()}:
 *
 * <ul>
 *   <li>every value starts with a tag byte naming its type; strings are their UTF-8 bytes after their length,
 *       numbers and instants their fixed-width big-endian bits, a {@code BigDecimal} its scale and unscaled
 *       value (so {@code 1.0} and {@code 1.00} differ, as they do under {@code equals});</li>
 *   <li>a record is its name within its package ({@code ShipmentCommand$Cancel}) and its components sorted by
 *       name, each as name and value, closed by an end byte; an enum constant is its type's name and its own;</li>
 *   <li>an absent {@code Option} component is left out and a present one is written as its value, so adding an
 *       optional component, or making one optional, keeps the fingerprint of every command that leaves it
 *       out or sets it;</li>
 *   <li>lists (Java's and vavr's) are their elements in order; maps their entries in key order.</li>
 * </ul>
 *
 * <p>Two equal commands therefore have the same fingerprint on every JVM and release, and a type it cannot
 * encode is refused with an exception rather than hashed by some accident of its string form.
 */
final class Fingerprint {

    /** Leads every encoding, so that a later change of the encoding cannot collide with this one. */
    private static final String ENCODING = "rescind-fingerprint/1";

    private static final byte STRING = 's';
    private static final byte BOOLEAN = 'z';
    private static final byte INT = 'i';
    private static final byte LONG = 'j';
    private static final byte DECIMAL = 'd';
    private static final byte INSTANT = 't';
    private static final byte ZONE = 'o';
    private static final byte CURRENCY = 'c';
    private static final byte ADDRESS = 'u';
    private static final byte ENUM = 'e';
    private static final byte RECORD = 'r';
    private static final byte COMPONENT = 'f';
    private static final byte LIST = 'l';
    private static final byte MAP = 'm';
    private static final byte NONE = 'n';
    private static final byte END = '.';

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                components.add(new Component(component.getName(), accessor));
            }
            components.sort(Comparator.comparing(Component::name));
            return components.toArray(Component[]::new);
        }
    };

    private static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            String packageName = type.getPackageName();
            return packageName.isEmpty() ? type.getName() : type.getName().substring(packageName.length() + 1);
        }
    };

    /** A digest per thread: looking one up in the providers costs more than hashing a command. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform has SHA-256", missing);
        }
    });

    private final MessageDigest digest;
    private final byte[] buffer = new byte[256];
    private int buffered;

    private Fingerprint() {
        digest = SHA_256.get();
        // A digest left half-fed by an encoding that failed starts over.
        digest.reset();
    }

    /**
     * The fingerprint, as 64 hex digits, of the use case {@code name} run by {@code context}'s actor on
     * {@code targetId} with {@code arguments}.
     *
     * @throws IllegalArgumentException if an argument holds a value of a type the encoding does not know
     */
    static String of(String name, CommandContext context, String targetId, List<Object> arguments) {
        Fingerprint fingerprint = new Fingerprint();
        fingerprint.text(ENCODING);
        fingerprint.text(name);
        fingerprint.value(context.actor());
        fingerprint.text(targetId);
        fingerprint.value(arguments);
        return HexFormat.of().formatHex(fingerprint.finish());
    }

    private void value(Object value) {
        if (value instanceof Option<?> option) {
            if (option.isEmpty()) {
                tag(NONE);
            } else {
                value(option.get());
            }
        } else if (value instanceof String text) {
            text(text);
        } else if (value instanceof Record record) {
            record(record);
        } else if (value instanceof Enum<?> constant) {
            tag(ENUM);
            text(NAMES.get(constant.getDeclaringClass()));
            text(constant.name());
        } else if (value instanceof Boolean flag) {
            tag(BOOLEAN);
            put(flag ? 1 : 0);
        } else if (value instanceof Integer number) {
            tag(INT);
            putInt(number);
        } else if (value instanceof Long number) {
            tag(LONG);
            putLong(number);
        } else if (value instanceof BigDecimal decimal) {
            tag(DECIMAL);
            putInt(decimal.scale());
            byte[] unscaled = decimal.unscaledValue().toByteArray();
            putInt(unscaled.length);
            put(unscaled);
        } else if (value instanceof Instant instant) {
            tag(INSTANT);
            putLong(instant.getEpochSecond());
            putInt(instant.getNano());
        } else if (value instanceof ZoneId zone) {
            tag(ZONE);
            text(zone.getId());
        } else if (value instanceof Currency currency) {
            tag(CURRENCY);
            text(currency.getCurrencyCode());
        } else if (value instanceof URI address) {
            tag(ADDRESS);
            text(address.toString());
        } else if (value instanceof Map<?, ?> map) {
            map(map);
        } else if (value instanceof Iterable<?> elements && !(value instanceof io.vavr.collection.Set<?>)
                && !(value instanceof java.util.Set<?>) && !(value instanceof io.vavr.collection.Map<?, ?>)) {
            tag(LIST);
            elements.forEach(this::value);
            tag(END);
        } else {
            throw new IllegalArgumentException("an idempotency fingerprint cannot encode a "
                    + (value == null ? "null" : value.getClass().getName()));
        }
    }

    private void record(Record record) {
        tag(RECORD);
        text(NAMES.get(record.getClass()));
        for (Component component : COMPONENTS.get(record.getClass())) {
            Object value = component.of(record);
            if (value != null && !(value instanceof Option<?> option && option.isEmpty())) {
                tag(COMPONENT);
                text(component.name());
                value(value);
            }
        }
        tag(END);
    }

    private void map(Map<?, ?> map) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        for (Map.Entry<?, ?> entry : entries) {
            if (!(entry.getKey() instanceof String)) {
                throw new IllegalArgumentException("an idempotency fingerprint encodes maps by text keys only");
            }
        }
        entries.sort(Comparator.comparing(entry -> (String) entry.getKey()));
        tag(MAP);
        for (Map.Entry<?, ?> entry : entries) {
            text((String) entry.getKey());
            value(entry.getValue());
        }
        tag(END);
    }

    private void text(String text) {
        tag(STRING);
        int length = text.length();
        boolean ascii = true;
        for (int index = 0; index < length && ascii; index++) {
            ascii = text.charAt(index) < 0x80;
        }
        if (ascii) {
            putInt(length);
            for (int index = 0; index < length; index++) {
                put(text.charAt(index));
            }
        } else {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            put(utf8);
        }
    }

    private void tag(byte tag) {
        put(tag);
    }

    private void putInt(int value) {
        put(value >>> 24);
        put(value >>> 16);
        put(value >>> 8);
        put(value);
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void put(int octet) {
        if (buffered == buffer.length) {
            flush();
        }
        buffer[buffered++] = (byte) octet;
    }

    private void put(byte[] bytes) {
        flush();
        digest.update(bytes);
    }

    private void flush() {
        digest.update(buffer, 0, buffered);
        buffered = 0;
    }

    private byte[] finish() {
        flush();
        return digest.digest();
    }

    private record Component(String name, Method accessor) {

        Object of(Record record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                throw new IllegalArgumentException("cannot read " + name + " of a " + record.getClass().getName(),
                        unreadable);
            }
        }
    }
}
