package dev.rescind.adapters.json.parcellab;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import java.util.Objects;
import java.util.function.Function;

/**
 * parcelLab's Edit Return API over a {@link Rescind}. Never throws for anything a caller sends; a failure
 * of the store propagates as {@link Rescind} throws it, for the host to answer {@code 500}. Thread-safe.
 */
public final class ParcelLabApi {

    private final Rescind rescind;

    /**
     * The API over one {@link Rescind}, which the host shares between requests.
     *
     * @param rescind the library that decides and stores
     */
    public ParcelLabApi(Rescind rescind) {
        this.rescind = Objects.requireNonNull(rescind, "rescind");
    }

    /**
     * {@code POST /editReturnById}: {@code 200} with the {@code cancel_exchange} answer ({@code updated} or
     * {@code skipped}), or parcelLab's error answer. The tenant comes from the {@code user} header; the host,
     * which authenticates the caller, turns it into the command's context ({@code context} is called only
     * for a request that parsed, and may add an idempotency key).
     *
     * @param userHeader the {@code user} header, the merchant; {@code null} when absent
     * @param body       the request body as received
     * @param context    the command's context for the tenant the header names
     * @return the status and body to send
     */
    public HttpAnswer editReturnById(String userHeader, byte[] body, Function<TenantId, CommandContext> context) {
        Objects.requireNonNull(context, "context");
        return ParcelLabJson.parseEditReturn(userHeader, body)
                .<Rejection>mapLeft(invalid -> invalid)
                .flatMap(request -> rescind.returns().cancelExchange(context.apply(request.user()),
                        request.returnId(), request.cancelReason()))
                .fold(ParcelLabJson::error, ParcelLabJson::resultAnswer);
    }
}
