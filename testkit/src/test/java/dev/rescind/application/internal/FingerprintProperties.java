package dev.rescind.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.CommandContext;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.Attempt;
import dev.rescind.testkit.arbitraries.CancellationRequestModel;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;
import dev.rescind.testkit.arbitraries.ReturnModel;
import dev.rescind.testkit.arbitraries.ShipmentModel;
import dev.rescind.testkit.arbitraries.Values;
import dev.rescind.testkit.arbitraries.Walks;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The idempotency fingerprint over every kind of command the testkit generates, with the details of every
 * creation: equal commands, built apart, fingerprint equal; unequal ones do not.
 */
class FingerprintProperties {

    private static final int GEN_SIZE = 100;

    @Property(tries = 100)
    void equal_commands_built_apart_have_equal_fingerprints(@ForAll long seed) {
        Invocation first = invocations().generator(GEN_SIZE).next(new Random(seed)).value();
        Invocation second = invocations().generator(GEN_SIZE).next(new Random(seed)).value();
        assertThat(second).isEqualTo(first).isNotSameAs(first);

        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    }

    @Property(tries = 200)
    void unequal_commands_have_different_fingerprints(@ForAll("invocations") Invocation one,
            @ForAll("invocations") Invocation other) {
        Assume.that(!one.equals(other));

        assertThat(one.fingerprint()).isNotEqualTo(other.fingerprint());
    }

    @Property(tries = 100)
    void a_command_by_another_actor_or_on_another_target_has_another_fingerprint(
            @ForAll("invocations") Invocation invocation, @ForAll("actors") Actor actor) {
        Assume.that(!actor.equals(invocation.actor()));

        Invocation byAnother = new Invocation(invocation.name(), actor, invocation.targetId(), invocation.arguments());
        Invocation elsewhere = new Invocation(invocation.name(), invocation.actor(), invocation.targetId() + "x",
                invocation.arguments());
        assertThat(byAnother.fingerprint()).isNotEqualTo(invocation.fingerprint());
        assertThat(elsewhere.fingerprint()).isNotEqualTo(invocation.fingerprint());
    }

    @Provide
    Arbitrary<Actor> actors() {
        return Values.anyActor();
    }

    @Provide
    Arbitrary<Invocation> invocations() {
        Arbitrary<Object> arguments = Arbitraries.oneOf(
                commands(ShipmentModel.INSTANCE),
                commands(ReturnModel.INSTANCE),
                commands(FulfillmentOrderModel.INSTANCE),
                commands(CancellationRequestModel.INSTANCE),
                ShipmentModel.INSTANCE.details().map(Object.class::cast),
                ReturnModel.INSTANCE.details().map(Object.class::cast),
                FulfillmentOrderModel.INSTANCE.details(Values.EPOCH).map(Object.class::cast),
                Values.messages().map(Object.class::cast));
        return Combinators.combine(Arbitraries.of("shipment.cancel", "return.request_cancellation"),
                        Values.anyActor(), Values.rawIds(), arguments)
                .as((name, actor, targetId, argument) -> new Invocation(name, actor, targetId, List.of(argument)));
    }

    /** Any well-formed or mistaken command on an aggregate in any reachable state. */
    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<Object> commands(
            AggregateModel<A, S, C, K> model) {
        return Walks.anyReachable(model).flatMap(reached -> Arbitraries.oneOf(
                        Arbitraries.of(model.table().commands())
                                .filter(kind -> model.issuable(reached.aggregate(), kind))
                                .flatMap(kind -> model.wellFormed(reached.aggregate(), kind, reached.next())),
                        model.mistakes(reached.aggregate(), reached.next())))
                .map(Attempt::command);
    }

    record Invocation(String name, Actor actor, String targetId, List<Object> arguments) {

        String fingerprint() {
            return Fingerprint.of(name, CommandContext.of(new TenantId("tenant-1"), actor), targetId, arguments);
        }
    }
}
