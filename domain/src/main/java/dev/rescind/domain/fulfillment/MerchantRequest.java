package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;

/** A request the merchant sent to the fulfillment service: Shopify's {@code merchant_requests}. */
public record MerchantRequest(Kind kind, Option<Message> message, Instant sentAt) {

    public enum Kind {
        FULFILLMENT_REQUEST,
        CANCELLATION_REQUEST;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public MerchantRequest {
        Check.start().required("kind", kind).required("message", message).required("sentAt", sentAt).orThrow();
    }
}
