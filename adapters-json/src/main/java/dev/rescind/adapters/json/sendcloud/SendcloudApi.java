package dev.rescind.adapters.json.sendcloud;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.application.CommandContext;
import dev.rescind.adapters.json.internal.StrictJson;
import dev.rescind.application.Rescind;
import dev.rescind.domain.returns.ReturnEvent.ReturnItemCancelled;
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
     * Rescind's extension {@code PATCH /returns/{id}/items/{item_id}/cancel} with {@code {"quantity": n}} and an
     * optional {@code reason}: {@code 200} with the item's ledger and the Return object; {@code 409} when the
     * parcel has moved ("Return is not cancellable.") or when more is asked than the item has left (field
     * {@code quantity}); {@code 400} for a bad body; {@code 404} when the tenant has no such return.
     *
     * @param context who sends it, for which tenant, with an idempotency key if any
     * @param returnId the {@code {id}} of the path, as received
     * @param itemId the {@code {item_id}} of the path, as received
     * @param body the request body, as received
     * @return the status and body to send
     */
    public HttpAnswer cancelItem(CommandContext context, String returnId, String itemId, byte[] body) {
        return SendcloudJson.parseReturnId(returnId).<Rejection>mapLeft(invalid -> invalid)
                .flatMap(id -> SendcloudReturnEdits.parseItemId(itemId).<Rejection>mapLeft(invalid -> invalid)
                        .flatMap(item -> StrictJson.readTree(body)
                                .flatMap(SendcloudReturnEdits::parseItemCancellation)
                                .<Rejection>mapLeft(invalid -> invalid)
                                .flatMap(cancellation -> rescind.returns().cancelItem(context, id, item,
                                        cancellation.quantity(), cancellation.reason()))))
                .fold(SendcloudJson::error, applied -> SendcloudReturnEdits.itemCancelledAnswer(json,
                        applied.aggregate(), (ReturnItemCancelled) applied.events().get(0).event()));
    }

    /**
     * Rescind's extension {@code PATCH /returns/{id}}: replaces the host's parcel details, refund details or rule
     * modifications given in the body; {@code 200} with the Return object; giving what is already there changes
     * nothing and answers the same; {@code 400} for a bad body; {@code 404} when the tenant has no such return.
     *
     * @param context who sends it, for which tenant, with an idempotency key if any
     * @param returnId the {@code {id}} of the path, as received
     * @param body the request body, as received
     * @return the status and body to send
     */
    public HttpAnswer updateReturn(CommandContext context, String returnId, byte[] body) {
        return SendcloudJson.parseReturnId(returnId)
                .<Rejection>mapLeft(invalid -> invalid)
                .flatMap(id -> StrictJson.readTree(body).flatMap(SendcloudReturnEdits::parseReturnUpdate)
                        .<Rejection>mapLeft(invalid -> invalid)
                        .flatMap(update -> rescind.returns().get(context.tenant(), id)
                                .flatMap(current -> update.toCommand(current.items().get(0).unitPrice().currency())
                                        .<Rejection>mapLeft(invalid -> invalid))
                                .flatMap(command -> rescind.returns().updateHostDetails(context, id, command))))
                .fold(SendcloudJson::error, applied -> json.returnAnswer(applied.aggregate()));
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
