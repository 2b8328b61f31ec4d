package dev.rescind.domain.shared;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Who can issue commands. Fulfillment services and carriers answer; the others ask. */
public enum ActorKind {
    MERCHANT,
    API_KEY,
    FULFILLMENT_SERVICE,
    CARRIER,
    CUSTOMER,
    SYSTEM;

    /** Actors that act for the merchant: the merchant, its API keys and its own automation. */
    public static final Set<ActorKind> MERCHANT_SIDE = Collections.unmodifiableSet(EnumSet.of(MERCHANT, API_KEY, SYSTEM));

    /** The merchant's side and the given kinds besides. */
    public static Set<ActorKind> merchantSideAnd(ActorKind... more) {
        EnumSet<ActorKind> kinds = EnumSet.copyOf(MERCHANT_SIDE);
        kinds.addAll(List.of(more));
        return Collections.unmodifiableSet(kinds);
    }

    /** A readable list such as {@code merchant, api key or system}. */
    public static String describe(Set<ActorKind> kinds) {
        List<String> names = kinds.stream().sorted().map(kind -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** Actors that act for the merchant: they ask for cancellations, they do not answer them. */
    public boolean actsForMerchant() {
        return MERCHANT_SIDE.contains(this);
    }
}
