package dev.rescind.benchmarks.decision;

import dev.rescind.benchmarks.decision.CancellationMachine.State;
import dev.rescind.benchmarks.decision.CancellationMachine.Trigger;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.fulfillment.FulfillmentCommand;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What one decision costs: a fulfillment order accepted by its service walks send cancellation request →
 * the service rejects → send again → the service accepts, in Rescind's domain and in three peers with the
 * same transitions and guards. Each invocation is those four transitions, so scores are per transition.
 * Commands are built once, as they arrive already parsed; every transition's result is consumed.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(4)
public class DecisionBenchmark {

    static final String SERVICE = "acme-fulfillment";
    static final Actor MERCHANT = Actor.apiKey("shop-api-key");
    static final Actor FULFILLMENT_SERVICE = Actor.fulfillmentService(SERVICE);
    static final Actor OTHER_SERVICE = Actor.fulfillmentService("other-service");

    /** Rescind: the aggregate as the application loads it, and the commands as its services build them. */
    @org.openjdk.jmh.annotations.State(Scope.Thread)
    public static class RescindOrder {
        final Instant now = Instant.parse("2024-03-01T12:00:00Z");
        FulfillmentOrder accepted;
        FulfillmentCommand send;
        FulfillmentCommand sendAgain;
        FulfillmentCommand reject;
        FulfillmentCommand accept;
        final CancellationRequestId firstRequest = new CancellationRequestId("cr-1");
        final CancellationRequestId secondRequest = new CancellationRequestId("cr-2");
        final Option<Message> asked = Option.some(new Message("The customer changed their mind."));
        final Option<Message> rejection = Option.some(new Message("Already packed."));

        @Setup
        public void setUp(Blackhole consumed) {
            Option<Message> none = Option.none();
            NewFulfillmentOrder details = new NewFulfillmentOrder(new FulfillmentOrderId("fo-1001"),
                    new Reference("order-1001"), new Reference("location-1"), Option.some(new Reference(SERVICE)),
                    Option.none(), Option.none(),
                    List.of(FulfillmentLineItem.of(new Reference("line-1"), new Reference("item-1"), Option.none(),
                                    Option.none(), 2),
                            FulfillmentLineItem.of(new Reference("line-2"), new Reference("item-2"), Option.none(),
                                    Option.none(), 1)),
                    Option.none(), Option.none());
            Instant created = now.minusSeconds(3600);
            FulfillmentOrder open = applied(FulfillmentOrder.create(new TenantId("shop-1"), MERCHANT, details,
                    created)).aggregate();
            FulfillmentOrder submitted = applied(open.decide(MERCHANT,
                    new FulfillmentCommand.SubmitFulfillmentRequest(none), created)).aggregate();
            accepted = applied(submitted.decide(FULFILLMENT_SERVICE,
                    new FulfillmentCommand.AcceptFulfillmentRequest(none), created)).aggregate();
            send = new FulfillmentCommand.SendCancellationRequest(firstRequest, asked);
            sendAgain = new FulfillmentCommand.SendCancellationRequest(secondRequest, asked);
            reject = new FulfillmentCommand.RejectCancellationRequest(rejection);
            accept = new FulfillmentCommand.AcceptCancellationRequest(none);
            FulfillmentOrder cancelled = walk(this, consumed);
            check(cancelled.state().equals(FulfillmentState.CANCELLED_CANCELLATION_ACCEPTED));
            check(new DecisionBenchmark().rescindValuesOnly(this, consumed).equals(cancelled));
            check(accepted.decide(FULFILLMENT_SERVICE, send, now).isLeft());
            FulfillmentOrder requested = applied(accepted.decide(MERCHANT, send, now)).aggregate();
            check(requested.decide(OTHER_SERVICE, accept, now).isLeft());
        }
    }

    @org.openjdk.jmh.annotations.State(Scope.Thread)
    public static class StatelessFourJ {
        final StatelessFourJMachine machine = new StatelessFourJMachine(SERVICE);

        @Setup
        public void setUp(Blackhole consumed) {
            check(new DecisionBenchmark().stateless4j(this, consumed) == State.CANCELLED);
            machine.load(State.ACCEPTED);
            check(refused(() -> machine.fire(Trigger.SEND_CANCELLATION_REQUEST, FULFILLMENT_SERVICE)));
            machine.fire(Trigger.SEND_CANCELLATION_REQUEST, MERCHANT);
            check(refused(() -> machine.fire(Trigger.ACCEPT_CANCELLATION_REQUEST, OTHER_SERVICE)));
        }
    }

    @org.openjdk.jmh.annotations.State(Scope.Thread)
    public static class Spring {
        SpringMachine machine;
        org.springframework.messaging.Message<Trigger> send;
        org.springframework.messaging.Message<Trigger> reject;
        org.springframework.messaging.Message<Trigger> accept;

        @Setup
        public void setUp(Blackhole consumed) throws Exception {
            machine = new SpringMachine(SERVICE);
            send = SpringMachine.command(Trigger.SEND_CANCELLATION_REQUEST, MERCHANT);
            reject = SpringMachine.command(Trigger.REJECT_CANCELLATION_REQUEST, FULFILLMENT_SERVICE);
            accept = SpringMachine.command(Trigger.ACCEPT_CANCELLATION_REQUEST, FULFILLMENT_SERVICE);
            check(new DecisionBenchmark().springStatemachine(this, consumed) == State.CANCELLED);
            machine.load(State.ACCEPTED);
            check(refused(() -> machine.fire(SpringMachine.command(Trigger.SEND_CANCELLATION_REQUEST,
                    FULFILLMENT_SERVICE))));
            machine.fire(send);
            check(refused(() -> machine.fire(SpringMachine.command(Trigger.ACCEPT_CANCELLATION_REQUEST,
                    OTHER_SERVICE))));
        }
    }

    @Benchmark
    public FulfillmentOrder rescind(RescindOrder order, Blackhole consumed) {
        return walk(order, consumed);
    }

    @Benchmark
    public State stateless4j(StatelessFourJ peer, Blackhole consumed) {
        StatelessFourJMachine machine = peer.machine;
        machine.load(State.ACCEPTED);
        consumed.consume(machine.fire(Trigger.SEND_CANCELLATION_REQUEST, MERCHANT));
        consumed.consume(machine.fire(Trigger.REJECT_CANCELLATION_REQUEST, FULFILLMENT_SERVICE));
        consumed.consume(machine.fire(Trigger.SEND_CANCELLATION_REQUEST, MERCHANT));
        return machine.fire(Trigger.ACCEPT_CANCELLATION_REQUEST, FULFILLMENT_SERVICE);
    }

    @Benchmark
    public State springStatemachine(Spring peer, Blackhole consumed) {
        SpringMachine machine = peer.machine;
        machine.load(State.ACCEPTED);
        consumed.consume(machine.fire(peer.send));
        consumed.consume(machine.fire(peer.reject));
        consumed.consume(machine.fire(peer.send));
        return machine.fire(peer.accept);
    }

    /** Spring's stop, reset and start alone, which each walk above includes once. Scored per reset. */
    @Benchmark
    @OperationsPerInvocation(1)
    public void springStatemachineReset(Spring peer) {
        peer.machine.load(State.ACCEPTED);
    }

    /** The floor under any decision that answers with new immutable versions and events: see {@link ValuesOnly}. */
    @Benchmark
    public FulfillmentOrder rescindValuesOnly(RescindOrder order, Blackhole consumed) {
        Decision<FulfillmentOrder> sent = ValuesOnly.sent(order.accepted, order.firstRequest, order.asked, MERCHANT,
                order.now);
        consumed.consume(sent);
        CancellationRequest opened = (CancellationRequest) sent.changes().get(1).aggregate();
        Decision<FulfillmentOrder> rejected = ValuesOnly.answered(sent.aggregate(), opened, false, order.rejection,
                FULFILLMENT_SERVICE, order.now);
        consumed.consume(rejected);
        Decision<FulfillmentOrder> sentAgain = ValuesOnly.sent(rejected.aggregate(), order.secondRequest,
                order.asked, MERCHANT, order.now);
        consumed.consume(sentAgain);
        Decision<FulfillmentOrder> cancelled = ValuesOnly.answered(sentAgain.aggregate(),
                (CancellationRequest) sentAgain.changes().get(1).aggregate(), true, Option.none(), FULFILLMENT_SERVICE,
                order.now);
        consumed.consume(cancelled);
        return cancelled.aggregate();
    }

    @Benchmark
    public State enumSwitch(Blackhole consumed) {
        State state = EnumSwitchMachine.fire(State.ACCEPTED, Trigger.SEND_CANCELLATION_REQUEST, MERCHANT, SERVICE);
        consumed.consume(state);
        state = EnumSwitchMachine.fire(state, Trigger.REJECT_CANCELLATION_REQUEST, FULFILLMENT_SERVICE, SERVICE);
        consumed.consume(state);
        state = EnumSwitchMachine.fire(state, Trigger.SEND_CANCELLATION_REQUEST, MERCHANT, SERVICE);
        consumed.consume(state);
        return EnumSwitchMachine.fire(state, Trigger.ACCEPT_CANCELLATION_REQUEST, FULFILLMENT_SERVICE, SERVICE);
    }

    /**
     * The four decisions as the application makes them: the answers are given the request the order
     * references, which the application loads from the store and which here comes from the decision that
     * opened it.
     */
    static FulfillmentOrder walk(RescindOrder order, Blackhole consumed) {
        Decision<FulfillmentOrder> sent = applied(order.accepted.decide(MERCHANT, order.send, Option.none(),
                order.now));
        consumed.consume(sent);
        Decision<FulfillmentOrder> rejected = applied(sent.aggregate().decide(FULFILLMENT_SERVICE, order.reject,
                sent.related(CancellationRequest.class), order.now));
        consumed.consume(rejected);
        Decision<FulfillmentOrder> sentAgain = applied(rejected.aggregate().decide(MERCHANT, order.sendAgain,
                Option.none(), order.now));
        consumed.consume(sentAgain);
        Decision<FulfillmentOrder> cancelled = applied(sentAgain.aggregate().decide(FULFILLMENT_SERVICE,
                order.accept, sentAgain.related(CancellationRequest.class), order.now));
        consumed.consume(cancelled);
        return cancelled.aggregate();
    }

    /** The setups check that every implementation walks to the end and refuses the wrong party. */
    static void check(boolean holds) {
        if (!holds) {
            throw new IllegalStateException("an implementation does not follow the machine");
        }
    }

    static boolean refused(Runnable transition) {
        try {
            transition.run();
            return false;
        } catch (IllegalStateException expected) {
            return true;
        }
    }

    private static <A> A applied(Either<Rejection, A> decided) {
        return decided.getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));
    }
}
