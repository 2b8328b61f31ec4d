package dev.rescind.application.internal;

import dev.rescind.application.EffectOutcome;
import dev.rescind.application.internal.Operation.EffectPlan;
import dev.rescind.application.port.CarrierCancellations;
import dev.rescind.application.port.DraftOrders;
import dev.rescind.application.port.OrderTags;
import dev.rescind.application.port.PlannedEffect;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.returns.ParcelReference;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's gateways, and the one place that turns them into effects as data and back: it plans an effect
 * only for a gateway the host configured, and calls the gateway from a stored effect's arguments, in this
 * process or in any other after a crash.
 */
public final class EffectGateways {

    private static final String RETURN_ID = "returnId";
    private static final String CARRIER_ID = "carrierId";
    private static final String PARCEL_ID = "parcelId";
    private static final String REQUEST_ID = "requestId";
    private static final String DRAFT_ORDER_ID = "draftOrderId";
    private static final String ORDER_ID = "orderId";
    private static final String TAG = "tag";

    private final Option<CarrierCancellations> carrierCancellations;
    private final Option<DraftOrders> draftOrders;
    private final Option<OrderTags> orderTags;

    public EffectGateways(Option<CarrierCancellations> carrierCancellations, Option<DraftOrders> draftOrders,
            Option<OrderTags> orderTags) {
        this.carrierCancellations = carrierCancellations;
        this.draftOrders = draftOrders;
        this.orderTags = orderTags;
    }

    /** Asking the carrier to cancel the label of {@code requested}, whose cancellation request is open. */
    public List<EffectPlan> carrierCancellation(Return requested) {
        if (carrierCancellations.isEmpty()) {
            return List.of();
        }
        Map<String, String> arguments = new HashMap<>();
        arguments.put(RETURN_ID, requested.id().value());
        arguments.put(REQUEST_ID, requested.openCancellationRequest().get().value());
        requested.carrierId().forEach(carrier -> arguments.put(CARRIER_ID, carrier.value()));
        requested.incomingParcel().map(ParcelReference::parcelId)
                .forEach(parcel -> arguments.put(PARCEL_ID, parcel.value()));
        return List.of(new EffectPlan(EffectOutcome.CARRIER_CANCELLATION, arguments));
    }

    /** Deleting the exchange's draft order, if one was removed, and tagging its order. */
    public List<EffectPlan> exchangeCancelled(Option<Reference> removedDraftOrder, Option<Reference> order,
            String tag) {
        List<EffectPlan> effects = new ArrayList<>();
        if (draftOrders.isDefined()) {
            removedDraftOrder.forEach(draftOrder -> effects.add(new EffectPlan(EffectOutcome.DELETE_DRAFT_ORDER,
                    Map.of(DRAFT_ORDER_ID, draftOrder.value()))));
        }
        if (orderTags.isDefined()) {
            order.forEach(orderId -> effects.add(new EffectPlan(EffectOutcome.TAG_ORDER,
                    Map.of(ORDER_ID, orderId.value(), TAG, tag))));
        }
        return effects;
    }

    /**
     * The gateway call of a stored effect. It throws when the gateway fails, and when this process has no
     * gateway for the effect (a process configured differently from the one that planned it).
     */
    public Runnable call(PlannedEffect effect) {
        Map<String, String> arguments = effect.arguments();
        return switch (effect.effect()) {
            case EffectOutcome.CARRIER_CANCELLATION -> {
                CarrierCancellations gateway = required(carrierCancellations, effect);
                yield () -> gateway.requestCancellation(effect.tenant(), new ReturnId(arguments.get(RETURN_ID)),
                        optional(arguments, CARRIER_ID), optional(arguments, PARCEL_ID),
                        new CancellationRequestId(arguments.get(REQUEST_ID)));
            }
            case EffectOutcome.DELETE_DRAFT_ORDER -> {
                DraftOrders gateway = required(draftOrders, effect);
                yield () -> gateway.delete(effect.tenant(), new Reference(arguments.get(DRAFT_ORDER_ID)));
            }
            case EffectOutcome.TAG_ORDER -> {
                OrderTags gateway = required(orderTags, effect);
                yield () -> gateway.tag(effect.tenant(), new Reference(arguments.get(ORDER_ID)), arguments.get(TAG));
            }
            default -> () -> {
                throw new IllegalStateException("no gateway runs the effect " + effect.effect());
            };
        };
    }

    private static <G> G required(Option<G> gateway, PlannedEffect effect) {
        return gateway.getOrElseThrow(() -> new IllegalStateException(
                "no gateway for " + effect.effect() + " is configured in this process"));
    }

    private static Option<Reference> optional(Map<String, String> arguments, String name) {
        return Option.of(arguments.get(name)).map(Reference::new);
    }
}
