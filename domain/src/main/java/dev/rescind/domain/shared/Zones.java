package dev.rescind.domain.shared;

import io.vavr.control.Either;
import java.time.ZoneId;
import java.util.Set;

/** IANA time-zone names, as ReturnQueen's {@code timezone} field carries them. */
public final class Zones {

    private static final Set<String> IANA_NAMES = Set.copyOf(ZoneId.getAvailableZoneIds());

    private Zones() {
    }

    /**
     * Accepts region names such as {@code America/New_York}; rejects offsets such as {@code +02:00}.
     *
     * @param name a zone name
     * @return the zone, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, ZoneId> iana(String name) {
        if (name == null) {
            return Either.left(Rejection.InvalidInput.of("", "required", "is required"));
        }
        if (!IANA_NAMES.contains(name)) {
            return Either.left(Rejection.InvalidInput.of("", "not_iana_zone",
                    "must be an IANA time-zone name such as Europe/Amsterdam"));
        }
        return Either.right(ZoneId.of(name));
    }

    static boolean isIana(ZoneId zone) {
        return IANA_NAMES.contains(zone.getId());
    }
}
