package dev.rescind.adapters.json.sendcloud;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Sendcloud's return endpoints over a {@link Rescind}. The host authenticates and passes a
 * {@link CommandContext} with the account as tenant. Never throws for anything a caller sends; a failure of
 * the store propagates as {@link Rescind} throws it, for the host to answer {@code 500}. Thread-safe.
 */
public final class SendcloudApi {

    private final Rescind rescind;
    private final SendcloudJson json;

    /**
     * Renders timestamps in {@code accountZone}, the Sendcloud account's time zone.
     *
     * @param rescind     the library that decides and stores, shared between requests
     * @param accountZone the zone in which {@code created_at} and {@code delivered_at} are written
     */
    public SendcloudApi(Rescind rescind, ZoneId accountZone) {
        this.rescind = Objects.requireNonNull(rescind, "rescind");
        this.json = new SendcloudJson(accountZone);
    }

    /**
     * {@code PATCH /returns/{id}/cancel}, which has no body: {@code 202} when the cancellation was requested
     * (the return is {@code cancelling} until the carrier answers), {@code 409} when the return is not
     * cancellable, {@code 404} when the tenant has no such return.
     *
     * @param context  who asks, for which account, and optionally an idempotency key
     * @param returnId the {@code {id}} of the path, as received
     * @return the status and body to send
     */
    public HttpAnswer requestCancellation(CommandContext context, String returnId) {
        return SendcloudJson.parseReturnId(returnId)
                .<Rejection>mapLeft(invalid -> invalid)
                .flatMap(id -> rescind.returns().requestCancellation(context, id, Option.none()))
                .fold(SendcloudJson::error, requested -> SendcloudJson.cancellationRequested());
    }

    /**
     * {@code GET /returns/{id}}: {@code 200} with the Return object.
     *
     * @param account  the authenticated Sendcloud account
     * @param returnId the {@code {id}} of the path, as received
     * @return the status and body to send
     */
    public HttpAnswer getReturn(TenantId account, String returnId) {
        return SendcloudJson.parseReturnId(returnId)
                .<Rejection>mapLeft(invalid -> invalid)
                .flatMap(id -> rescind.returns().get(account, id))
                .fold(SendcloudJson::error, json::returnAnswer);
    }
}
