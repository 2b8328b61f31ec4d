package dev.rescind.domain.shared;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The kind each command record is named after, found once per record class. */
final class KindNames {

    private static final Map<Class<?>, Enum<?>> BY_RECORD = new ConcurrentHashMap<>();

    private KindNames() {
    }

    static <K extends Enum<K> & CommandKind> K of(Class<K> kinds, Class<?> record) {
        return kinds.cast(BY_RECORD.computeIfAbsent(record, type -> find(kinds, type)));
    }

    private static <K extends Enum<K>> K find(Class<K> kinds, Class<?> record) {
        String name = upperSnake(record.getSimpleName());
        for (K kind : kinds.getEnumConstants()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        throw new IllegalStateException(record.getName() + " names no kind of " + kinds.getSimpleName()
                + ": add " + name + " to it, or override kind()");
    }

    /** {@code SubmitFulfillmentRequest} as {@code SUBMIT_FULFILLMENT_REQUEST}. */
    static String upperSnake(String camel) {
        StringBuilder name = new StringBuilder(camel.length() + 8);
        for (int index = 0; index < camel.length(); index++) {
            char letter = camel.charAt(index);
            if (Character.isUpperCase(letter) && index > 0) {
                name.append('_');
            }
            name.append(letter);
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }
}
