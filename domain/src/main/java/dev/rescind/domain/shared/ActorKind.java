package dev.rescind.domain.shared;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Who can issue commands. Fulfillment services and carriers answer; the others ask. */
public enum ActorKind {
    /** A person of the merchant's. */
    MERCHANT,
    /** A program holding one of the merchant's API keys. */
    API_KEY,
    /** The service a fulfillment order is assigned to. */
    FULFILLMENT_SERVICE,
    /** The carrier of a shipment or a return. */
    CARRIER,
    /** The shop's customer. */
    CUSTOMER,
    /** Rescind or the host, acting on a schedule or an event. */
    SYSTEM;

    /** Actors that act for the merchant: the merchant, its API keys and its own automation. */
    public static final Set<ActorKind> MERCHANT_SIDE = Collections.unmodifiableSet(EnumSet.of(MERCHANT, API_KEY, SYSTEM));

    /**
     * The merchant's side and the given kinds besides.
     *
     * @param more the kinds besides
     * @return the set
     */
    public static Set<ActorKind> merchantSideAnd(ActorKind... more) {
        EnumSet<ActorKind> kinds = EnumSet.copyOf(MERCHANT_SIDE);
        kinds.addAll(List.of(more));
        return Collections.unmodifiableSet(kinds);
    }

    /**
     * A readable list such as {@code merchant, api key or system}.
     *
     * @param kinds the kinds
     * @return the list
     */
    public static String describe(Set<ActorKind> kinds) {
        List<String> names = kinds.stream().sorted().map(kind -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /**
     * Actors that act for the merchant: they ask for cancellations, they do not answer them.
     *
     * @return {@code true} for the merchant, an API key and the system
     */
    public boolean actsForMerchant() {
        return MERCHANT_SIDE.contains(this);
    }
}
