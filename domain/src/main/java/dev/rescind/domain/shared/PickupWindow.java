package dev.rescind.domain.shared;

import io.vavr.control.Either;
import io.vavr.control.Try;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a carrier is to collect a shipment: ReturnQueen's {@code complete_at_start} and
 * {@code complete_at_end}, which must not be in the wrong order, and the IANA {@code timezone} the window
 * was agreed in (kept so it can be shown in the customer's local time).
 *
 * @param completeAtStart {@code complete_at_start}
 * @param completeAtEnd   {@code complete_at_end}
 * @param timezone        {@code timezone}, an IANA zone
 */
public record PickupWindow(Instant completeAtStart, Instant completeAtEnd, ZoneId timezone) {

    /**
     * Checks the window.
     *
     * @param completeAtStart {@code complete_at_start}
     * @param completeAtEnd   {@code complete_at_end}
     * @param timezone        {@code timezone}, an IANA zone
     * @throws InvalidInputException when a component is null or the window is not valid
     */
    public PickupWindow {
        check(completeAtStart, completeAtEnd, timezone).getOrElseThrow(InvalidInputException::new);
    }

    /**
     * Reads a window, with an error per invalid field.
     *
     * @param start    the start
     * @param end      the end
     * @param timezone an IANA zone name
     * @return the window, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, PickupWindow> of(Instant start, Instant end, String timezone) {
        Check check = Check.start().required("completeAtStart", start).required("completeAtEnd", end);
        ZoneId zone = check.field("timezone", Zones.iana(timezone));
        if (check.failed()) {
            return check.result(() -> null);
        }
        return check(start, end, zone).map(valid -> new PickupWindow(start, end, zone));
    }

    /**
     * Parses ISO 8601 timestamps with an offset ({@code 2023-11-07T14:00:00Z}).
     *
     * @param start    the start
     * @param end      the end
     * @param timezone an IANA zone name
     * @return the window, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, PickupWindow> parse(String start, String end, String timezone) {
        Check check = Check.start();
        Instant from = check.field("completeAtStart", instant(start));
        Instant to = check.field("completeAtEnd", instant(end));
        ZoneId zone = check.field("timezone", Zones.iana(timezone));
        if (check.failed()) {
            return check.result(() -> null);
        }
        return of(from, to, zone.getId());
    }

    /** {@return the start in the window's zone} */
    public ZonedDateTime localStart() {
        return completeAtStart.atZone(timezone);
    }

    /** {@return the end in the window's zone} */
    public ZonedDateTime localEnd() {
        return completeAtEnd.atZone(timezone);
    }

    /**
     * ISO 8601 with an offset, as every seed API writes timestamps.
     *
     * @param raw the timestamp as received
     * @return the instant, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, Instant> instant(String raw) {
        if (raw == null) {
            return Either.left(Rejection.InvalidInput.of("", "required", "is required"));
        }
        if (raw.length() > 64) {
            return Either.left(Rejection.InvalidInput.of("", "too_long", "must be at most 64 characters"));
        }
        return Try.of(() -> OffsetDateTime.parse(raw.strip()).toInstant())
                .toEither(Rejection.InvalidInput.of("", "not_iso_8601",
                        "must be an ISO 8601 timestamp with an offset, such as 2023-11-07T14:00:00Z"));
    }

    private static Either<Rejection.InvalidInput, Boolean> check(Instant start, Instant end, ZoneId zone) {
        Check check = Check.start()
                .required("completeAtStart", start)
                .required("completeAtEnd", end)
                .required("timezone", zone);
        if (!check.failed()) {
            check.require(!start.isAfter(end), "completeAtEnd", "before_start",
                            "must not be before completeAtStart")
                    .require(Zones.isIana(zone), "timezone", "not_iana_zone",
                            "must be an IANA time-zone name such as Europe/Amsterdam");
        }
        return check.result(() -> Boolean.TRUE);
    }
}
