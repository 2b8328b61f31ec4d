package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;

/**
 * A request the merchant sent to the fulfillment service: Shopify's {@code merchant_requests}.
 *
 * @param kind    {@code kind}
 * @param message {@code message}, if any
 * @param sentAt  {@code sent_at}
 */
public record MerchantRequest(Kind kind, Option<Message> message, Instant sentAt) {

    /** What the merchant asked for. */
    public enum Kind {
        /** Fulfil the order. */
        FULFILLMENT_REQUEST,
        /** Cancel the order. */
        CANCELLATION_REQUEST;

        /** {@return the spelling on the wire: the name in lower case} */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Checks that no component is null.
     *
     * @param kind    {@code kind}
     * @param message {@code message}, if any
     * @param sentAt  {@code sent_at}
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public MerchantRequest {
        Check.start().required("kind", kind).required("message", message).required("sentAt", sentAt).orThrow();
    }
}
