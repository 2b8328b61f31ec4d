package dev.rescind.application.internal;

import dev.rescind.application.port.Deadline;
import dev.rescind.application.port.IdSupplier;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadlines a decision sets, stored in its commit: the answer-by time of every cancellation request it opens
 * (decided on the request's target), and the {@code fulfill_by} of every fulfillment order it creates or sets one
 * on.
 */
final class DeadlinePlan {

    private DeadlinePlan() {
    }

    static List<Deadline> of(Decision<?> decision, IdSupplier ids) {
        List<Deadline> deadlines = new ArrayList<>();
        for (Change change : decision.changes()) {
            if (change.event() instanceof FulfillmentOrderEvent.FulfillByChanged changed) {
                FulfillmentOrder order = (FulfillmentOrder) change.aggregate();
                deadlines.add(new Deadline(ids.nextId(), order.tenant(), Deadline.Kind.FULFILL_BY,
                        AggregateType.FULFILLMENT_ORDER, order.id().value(), order.id().value(), changed.fulfillBy()));
            }
            if (!change.isCreation()) {
                continue;
            }
            if (change.aggregate() instanceof CancellationRequest request && request.answerBy().isDefined()) {
                deadlines.add(new Deadline(ids.nextId(), request.tenant(), Deadline.Kind.ANSWER_BY,
                        request.target().type(), request.target().id(), request.id().value(),
                        request.answerBy().get()));
            }
            if (change.aggregate() instanceof FulfillmentOrder order && order.fulfillBy().isDefined()) {
                deadlines.add(new Deadline(ids.nextId(), order.tenant(), Deadline.Kind.FULFILL_BY,
                        AggregateType.FULFILLMENT_ORDER, order.id().value(), order.id().value(),
                        order.fulfillBy().get()));
            }
        }
        return deadlines;
    }
}
