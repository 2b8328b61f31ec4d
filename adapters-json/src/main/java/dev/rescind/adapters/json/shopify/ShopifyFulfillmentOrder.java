package dev.rescind.adapters.json.shopify;

import dev.rescind.domain.fulfillment.Destination;
import dev.rescind.domain.fulfillment.FulfillmentHold;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.fulfillment.HoldReason;
import dev.rescind.domain.fulfillment.MerchantRequest;
import dev.rescind.domain.fulfillment.Origin;
import dev.rescind.domain.fulfillment.SupportedAction;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A fulfillment order as Shopify's Admin REST API shows it (seed 003): what {@link ShopifyJson} renders and
 * reads back. Timestamps are whole seconds, as Shopify writes them. The tenant is the shop ({@code shop_id});
 * the assigned fulfillment service, the open cancellation request, the order this one replaces and who placed
 * each hold are not on this wire.
 *
 * @param id                 {@code id}
 * @param createdAt          {@code created_at}, in whole seconds
 * @param updatedAt          {@code updated_at}, in whole seconds
 * @param shopId             {@code shop_id}: the tenant
 * @param orderId            {@code order_id}
 * @param assignedLocationId {@code assigned_location_id}
 * @param state              {@code status}
 * @param fulfillAt          {@code fulfill_at}, in whole seconds
 * @param fulfillBy          {@code fulfill_by}, in whole seconds
 * @param supportedActions   {@code supported_actions}, from the transition table
 * @param destination        {@code destination}
 * @param origin             {@code origin}
 * @param lineItems          {@code line_items}
 * @param fulfillmentHolds   {@code fulfillment_holds}
 * @param merchantRequests   {@code merchant_requests}, their {@code sent_at} in whole seconds
 */
public record ShopifyFulfillmentOrder(
        FulfillmentOrderId id,
        Instant createdAt,
        Instant updatedAt,
        TenantId shopId,
        Reference orderId,
        Reference assignedLocationId,
        FulfillmentState state,
        Option<Instant> fulfillAt,
        Option<Instant> fulfillBy,
        List<SupportedAction> supportedActions,
        Option<Destination> destination,
        Option<Origin> origin,
        List<FulfillmentLineItem> lineItems,
        List<Hold> fulfillmentHolds,
        List<MerchantRequest> merchantRequests) {

    /**
     * Shopify's {@code fulfillment_holds[]}: the hold's id (by which it is released), reason and notes.
     *
     * @param id          {@code id}
     * @param reason      {@code reason}
     * @param reasonNotes {@code reason_notes}
     */
    public record Hold(Reference id, HoldReason reason, Option<Reason> reasonNotes) {
        /**
         * Checks that no component is null.
         *
         * @param id          {@code id}
         * @param reason      {@code reason}
         * @param reasonNotes {@code reason_notes}
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public Hold {
            Check.start().required("id", id).required("reason", reason).required("reason_notes", reasonNotes)
                    .orThrow();
        }
    }

    /**
     * Checks that no component is null; truncates the timestamps to whole seconds and copies the lists.
     *
     * @param id                 {@code id}
     * @param createdAt          {@code created_at}, in whole seconds
     * @param updatedAt          {@code updated_at}, in whole seconds
     * @param shopId             {@code shop_id}: the tenant
     * @param orderId            {@code order_id}
     * @param assignedLocationId {@code assigned_location_id}
     * @param state              {@code status}
     * @param fulfillAt          {@code fulfill_at}, in whole seconds
     * @param fulfillBy          {@code fulfill_by}, in whole seconds
     * @param supportedActions   {@code supported_actions}, from the transition table
     * @param destination        {@code destination}
     * @param origin             {@code origin}
     * @param lineItems          {@code line_items}
     * @param fulfillmentHolds   {@code fulfillment_holds}
     * @param merchantRequests   {@code merchant_requests}, their {@code sent_at} in whole seconds
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public ShopifyFulfillmentOrder {
        Check.start()
                .required("id", id)
                .required("created_at", createdAt)
                .required("updated_at", updatedAt)
                .required("shop_id", shopId)
                .required("order_id", orderId)
                .required("assigned_location_id", assignedLocationId)
                .required("status", state)
                .required("fulfill_at", fulfillAt)
                .required("fulfill_by", fulfillBy)
                .required("supported_actions", supportedActions)
                .required("destination", destination)
                .required("origin", origin)
                .required("line_items", lineItems)
                .required("fulfillment_holds", fulfillmentHolds)
                .required("merchant_requests", merchantRequests)
                .orThrow();
        createdAt = seconds(createdAt);
        updatedAt = seconds(updatedAt);
        fulfillAt = fulfillAt.map(ShopifyFulfillmentOrder::seconds);
        fulfillBy = fulfillBy.map(ShopifyFulfillmentOrder::seconds);
        supportedActions = List.copyOf(supportedActions);
        lineItems = List.copyOf(lineItems);
        fulfillmentHolds = List.copyOf(fulfillmentHolds);
        merchantRequests = merchantRequests.stream()
                .map(request -> new MerchantRequest(request.kind(), request.message(), seconds(request.sentAt())))
                .toList();
    }

    /**
     * What Shopify shows of {@code order}; {@code supported_actions} come from the transition table.
     *
     * @param order the fulfillment order as stored
     * @return its Shopify view
     */
    public static ShopifyFulfillmentOrder of(FulfillmentOrder order) {
        return new ShopifyFulfillmentOrder(order.id(), order.createdAt(), order.updatedAt(), order.tenant(),
                order.orderId(), order.assignedLocationId(), order.state(), order.fulfillAt(), order.fulfillBy(),
                order.supportedActions(), order.destination(), order.origin(), order.lineItems(),
                order.holds().stream().map(ShopifyFulfillmentOrder::hold).toList(), order.merchantRequests());
    }

    private static Hold hold(FulfillmentHold hold) {
        return new Hold(hold.id(), hold.reason(), hold.reasonNotes());
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
