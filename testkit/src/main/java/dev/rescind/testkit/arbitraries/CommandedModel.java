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

    /** {@return every commanded aggregate's model: the aggregates the model-based property creates and commands} */
    static List<CommandedModel<?, ?, ?, ?>> all() {
        return List.of(ShipmentModel.INSTANCE, ReturnModel.INSTANCE, FulfillmentOrderModel.INSTANCE);
    }

    /**
     * The model of {@code aggregate}'s type, unless commands do not address it.
     *
     * @param aggregate any aggregate
     * @return its type's model, if commands address it
     */
    static Option<CommandedModel<?, ?, ?, ?>> of(Aggregate aggregate) {
        return Option.ofOptional(all().stream().filter(model -> model.descriptor().describes(aggregate))
                .findFirst());
    }

    /**
     * Generated details a host creates one from.
     *
     * @param now the time of creation
     * @return the details
     */
    Arbitrary<? extends NewAggregate> newDetails(Instant now);

    /**
     * The domain's decision on creating one from {@code details}, which {@link #newDetails} made.
     *
     * @param tenant  the tenant it is created for
     * @param actor   who creates it
     * @param details the details
     * @param now     the time of creation
     * @return the decision, or why the domain refuses it
     */
    Either<Rejection, Decision<A>> create(TenantId tenant, Actor actor, NewAggregate details, Instant now);

    /**
     * {@code command} with fresh ids for what it opens (a cancellation request, a replacement order), as the
     * use cases make them up for every call: generated ids may repeat within a run.
     *
     * @param command a generated command
     * @return the command with fresh ids
     */
    default K withFreshIds(K command) {
        return command;
    }

    /**
     * What the pipeline commits although the domain refuses {@code attempt} (a shipment's anomaly), if anything.
     *
     * @param aggregate the addressed aggregate
     * @param attempt   the refused attempt
     * @param now       when it is decided
     * @return the decision committed anyway, if any
     */
    default Option<Decision<A>> recordedAnyway(A aggregate, Attempt<K> attempt, Instant now) {
        return Option.none();
    }
}
