package dev.rescind.testkit.arbitraries;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Command;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.NewAggregate;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;

/**
 * The model of an aggregate that hosts create and command directly (every aggregate but a cancellation
 * request, which changes with its target): what properties that go through the use cases need besides the
 * domain's side.
 *
 * @param <A> the aggregate
 * @param <S> its state
 * @param <C> its command kinds
 * @param <K> its command type
 */
public interface CommandedModel<A extends Aggregate, S, C extends Enum<C> & CommandKind, K extends Command>
        extends AggregateModel<A, S, C, K> {

    /** Every commanded aggregate's model: the aggregates the model-based property creates and commands. */
    static List<CommandedModel<?, ?, ?, ?>> all() {
        return List.of(ShipmentModel.INSTANCE, ReturnModel.INSTANCE, FulfillmentOrderModel.INSTANCE);
    }

    /** The model of {@code aggregate}'s type, unless commands do not address it. */
    static Option<CommandedModel<?, ?, ?, ?>> of(Aggregate aggregate) {
        return Option.ofOptional(all().stream().filter(model -> model.descriptor().describes(aggregate))
                .findFirst());
    }

    /** Generated details a host creates one from. */
    Arbitrary<? extends NewAggregate> newDetails(Instant now);

    /** The domain's decision on creating one from {@code details}, which {@link #newDetails} made. */
    Either<Rejection, Decision<A>> create(TenantId tenant, Actor actor, NewAggregate details, Instant now);

    /**
     * {@code command} with fresh ids for what it opens (a cancellation request, a replacement order), as the
     * use cases make them up for every call: generated ids may repeat within a run.
     */
    default K withFreshIds(K command) {
        return command;
    }

    /** What the pipeline commits although the domain refuses {@code attempt} (a shipment's anomaly), if anything. */
    default Option<Decision<A>> recordedAnyway(A aggregate, Attempt<K> attempt, Instant now) {
        return Option.none();
    }
}
