package dev.rescind.testkit.contract;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.fulfillment.FulfillmentCommand;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.returns.ExchangeCancellation;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentCommand;
import dev.rescind.domain.shipment.ShipmentId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;

/**
 * Domain commands as hosts send them: each generated command of the testkit's models through the
 * {@link Rescind} use case that takes it, and the same command decided by the domain alone, as the pipeline
 * would decide it. Properties compare the two.
 */
public final class ApiCalls {

    private ApiCalls() {
    }

    /** What the domain alone decides, and what the pipeline commits even though it refuses (an anomaly). */
    public record Expected(Either<Rejection, Decision<?>> answer, Option<Decision<?>> recordedAnyway) {
    }

    /** Sends {@code command} (a shipment, return or fulfillment command) for {@code target} through the API. */
    public static Either<Rejection, ? extends Applied<?>> send(Rescind rescind, CommandContext context,
            Aggregate target, Object command) {
        if (command instanceof ShipmentCommand shipmentCommand) {
            return shipment(rescind, context, new ShipmentId(target.id().value()), shipmentCommand);
        }
        if (command instanceof ReturnCommand returnCommand) {
            return aReturn(rescind, context, new ReturnId(target.id().value()), returnCommand);
        }
        return fulfillment(rescind, context, new FulfillmentOrderId(target.id().value()),
                (FulfillmentCommand) command);
    }

    /**
     * The command as the pipeline decided it: ids the pipeline makes up (a cancellation request's, a
     * replacement order's) taken from its answer, or a fresh one when it refused.
     */
    public static Object withPipelineIds(Object command, Either<Rejection, ? extends Applied<?>> answer) {
        if (command instanceof ReturnCommand.RequestCancellation request) {
            return new ReturnCommand.RequestCancellation(requestId(answer), request.message(), request.answerBy());
        }
        if (command instanceof FulfillmentCommand.SendCancellationRequest request) {
            return new FulfillmentCommand.SendCancellationRequest(requestId(answer), request.message(),
                    request.answerBy());
        }
        if (command instanceof FulfillmentCommand.Cancel) {
            return new FulfillmentCommand.Cancel(answer.toOption()
                    .flatMap(applied -> applied.related(FulfillmentOrder.class)).map(FulfillmentOrder::id)
                    .getOrElse(() -> new FulfillmentOrderId(StoreFixture.freshId())));
        }
        return command;
    }

    /**
     * The domain's decision on {@code target} for {@code command}, given how to find the target's open
     * cancellation request, as the pipeline loads it.
     */
    public static Expected decide(Aggregate target, Actor actor, Object command,
            Function<CancellationRequestId, Option<CancellationRequest>> requests, Instant now) {
        if (target instanceof Shipment shipment) {
            ShipmentCommand shipmentCommand = (ShipmentCommand) command;
            Either<Rejection, Decision<Shipment>> decided = shipment.decide(actor, shipmentCommand, now);
            Option<Decision<?>> anomaly = decided.isLeft()
                    ? shipment.anomalyFor(actor, shipmentCommand, now).map(decision -> decision)
                    : Option.none();
            return new Expected(decided.map(decision -> decision), anomaly);
        }
        if (target instanceof Return aReturn) {
            if (command instanceof ReturnCommand.CancelExchange exchange) {
                return new Expected(aReturn.cancelExchange(actor, exchange, now)
                        .map(ExchangeCancellation::decision), Option.none());
            }
            return new Expected(aReturn.decide(actor, (ReturnCommand) command,
                    aReturn.openCancellationRequest().flatMap(requests), now).map(decision -> decision),
                    Option.none());
        }
        FulfillmentOrder order = (FulfillmentOrder) target;
        return new Expected(order.decide(actor, (FulfillmentCommand) command,
                order.openCancellationRequest().flatMap(requests), now).map(decision -> decision), Option.none());
    }

    private static CancellationRequestId requestId(Either<Rejection, ? extends Applied<?>> answer) {
        return answer.toOption().flatMap(applied -> applied.related(CancellationRequest.class))
                .map(CancellationRequest::id)
                .getOrElse(() -> new CancellationRequestId(StoreFixture.freshId()));
    }

    private static Either<Rejection, Applied<Shipment>> shipment(Rescind rescind, CommandContext context,
            ShipmentId id, ShipmentCommand command) {
        if (command instanceof ShipmentCommand.Schedule schedule) {
            return rescind.shipments().schedule(context, id, schedule.window(), schedule.pickupId());
        }
        if (command instanceof ShipmentCommand.PickUp) {
            return rescind.shipments().pickUp(context, id);
        }
        if (command instanceof ShipmentCommand.Complete) {
            return rescind.shipments().complete(context, id);
        }
        return rescind.shipments().cancel(context, id, ((ShipmentCommand.Cancel) command).reason());
    }

    private static Either<Rejection, Applied<Return>> aReturn(Rescind rescind, CommandContext context, ReturnId id,
            ReturnCommand command) {
        if (command instanceof ReturnCommand.Announce) {
            return rescind.returns().announce(context, id);
        }
        if (command instanceof ReturnCommand.FailAnnouncement failed) {
            return rescind.returns().failAnnouncement(context, id, failed.carrierMessage());
        }
        if (command instanceof ReturnCommand.RecordScan) {
            return rescind.returns().recordScan(context, id);
        }
        if (command instanceof ReturnCommand.RecordDelivery) {
            return rescind.returns().recordDelivery(context, id);
        }
        if (command instanceof ReturnCommand.RequestCancellation request) {
            return rescind.returns().requestCancellation(context, id, request.message(), request.answerBy());
        }
        if (command instanceof ReturnCommand.ExpireCancellation expiry) {
            return rescind.returns().expireCancellation(context, id, expiry.requestId());
        }
        if (command instanceof ReturnCommand.ConfirmCancellation confirm) {
            return rescind.returns().confirmCancellation(context, id, confirm.carrierMessage());
        }
        if (command instanceof ReturnCommand.DeclineCancellation decline) {
            return rescind.returns().declineCancellation(context, id, decline.carrierReason());
        }
        if (command instanceof ReturnCommand.CancelExchange exchange) {
            return rescind.returns().cancelExchange(context, id, exchange.cancelReason());
        }
        return rescind.returns().close(context, id);
    }

    private static Either<Rejection, Applied<FulfillmentOrder>> fulfillment(Rescind rescind,
            CommandContext context, FulfillmentOrderId id, FulfillmentCommand command) {
        var orders = rescind.fulfillmentOrders();
        return switch (command.kind()) {
            case SUBMIT_FULFILLMENT_REQUEST -> orders.submitFulfillmentRequest(context, id,
                    ((FulfillmentCommand.SubmitFulfillmentRequest) command).message());
            case ACCEPT_FULFILLMENT_REQUEST -> orders.acceptFulfillmentRequest(context, id,
                    ((FulfillmentCommand.AcceptFulfillmentRequest) command).message());
            case REJECT_FULFILLMENT_REQUEST -> orders.rejectFulfillmentRequest(context, id,
                    ((FulfillmentCommand.RejectFulfillmentRequest) command).message());
            case CANCEL -> orders.cancel(context, id);
            case SEND_CANCELLATION_REQUEST -> orders.sendCancellationRequest(context, id,
                    ((FulfillmentCommand.SendCancellationRequest) command).message(),
                    ((FulfillmentCommand.SendCancellationRequest) command).answerBy());
            case EXPIRE_CANCELLATION_REQUEST -> orders.expireCancellationRequest(context, id,
                    ((FulfillmentCommand.ExpireCancellationRequest) command).requestId());
            case ACCEPT_CANCELLATION_REQUEST -> orders.acceptCancellationRequest(context, id,
                    ((FulfillmentCommand.AcceptCancellationRequest) command).message());
            case REJECT_CANCELLATION_REQUEST -> orders.rejectCancellationRequest(context, id,
                    ((FulfillmentCommand.RejectCancellationRequest) command).message());
            case CREATE_FULFILLMENT -> orders.createFulfillment(context, id,
                    ((FulfillmentCommand.CreateFulfillment) command).lines());
            case HOLD -> orders.hold(context, id, ((FulfillmentCommand.Hold) command).reason(),
                    ((FulfillmentCommand.Hold) command).reasonNotes());
            case RELEASE_HOLD -> orders.releaseHold(context, id);
            case RESCHEDULE -> orders.reschedule(context, id, ((FulfillmentCommand.Reschedule) command).fulfillAt());
            case MARK_AS_OPEN -> orders.markAsOpen(context, id);
            case MARK_OVERDUE -> orders.markOverdue(context, id);
            case CLOSE_INCOMPLETE -> orders.closeIncomplete(context, id,
                    ((FulfillmentCommand.CloseIncomplete) command).message());
        };
    }
}
