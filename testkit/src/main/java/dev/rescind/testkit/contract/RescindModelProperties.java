package dev.rescind.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.PageRequest;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.DeadlineRunner;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.Aggregates;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.fulfillment.FulfillmentCommand;
import dev.rescind.domain.fulfillment.FulfillmentCommandKind;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.returns.ReturnCommandKind;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.NewAggregate;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.Attempt;
import dev.rescind.testkit.arbitraries.CommandedModel;
import dev.rescind.testkit.arbitraries.Values;
import dev.rescind.testkit.arbitraries.World;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The stateful, model-based property: random sequences of API calls by several tenants (creations, every
 * command of every aggregate by right and wrong actors, retries with idempotency keys, reused keys, stale
 * expected versions, calls on another tenant's ids) go through {@link Rescind} on the store under test, and
 * after every call the answer and the whole store are compared with a reference model: per tenant, the
 * aggregates the domain alone would have produced, their versions, and the open cancellation requests. Time
 * steps move the clock on by a random span and run the deadline runner: every open request whose answer-by time
 * passed by the store's clock expires and every unfulfilled order whose fulfill-by passed gets its overdue event,
 * as the reference model decides them, and nothing else changes.
 *
 * <p>Runs on {@link #store()}; each sequence works in two fresh tenants. See {@link StoreContract} for the
 * hooks.
 */
public abstract class RescindModelProperties extends StoreContract {

    /**
     * Fewer tries than the default: each runs up to 40 calls and reads back every aggregate after each, which
     * a database makes slow.
     */
    @Property(tries = 60)
    void random_multi_tenant_call_sequences_agree_with_the_reference_model(
            @ForAll("sequences") ActionChain<Run> chain) {
        chain.withInvariant("the store holds what the reference model expects", Run::checkStore).run();
    }

    /**
     * The store's own clock, which decides when deadlines are due; the system clock unless the store keeps
     * another (a database's on another machine).
     *
     * @return the store's clock
     */
    protected Clock storeClock() {
        return Clock.systemUTC();
    }

    @Provide
    Arbitrary<ActionChain<Run>> sequences() {
        return ActionChain.<Run>startWith(() -> new Run(store(), storeClock()))
                .withAction(2, new Creation())
                .withAction(14, new Command())
                .withAction(2, new ForeignCall())
                .withAction(2, new Retry())
                .withAction(1, new ReusedKey())
                .withAction(2, new TimePasses())
                .withMaxTransformations(40);
    }

    /** The system under test and the reference model beside it. */
    public static final class Run {
        private final RescindStore store;
        /** One step per command, so that the pipeline and the reference decide at one moment. */
        private static final Duration CLOCK_STEP = Duration.ofMinutes(1);
        private final MovableClock clock = new MovableClock();
        private final Clock storeClock;
        private final Rescind rescind;
        private final List<TenantId> tenants = freshTenants();
        private final Map<String, Aggregate> expected = new LinkedHashMap<>();
        /** The fulfill-by dates a time step decided already, by order and date: each deadline is decided once. */
        private final Set<String> fulfillByDecided = new java.util.HashSet<>();
        private Option<Keyed> lastKeyed = Option.none();
        private int keys;

        Run(RescindStore store, Clock storeClock) {
            this.store = store;
            this.storeClock = storeClock;
            this.rescind = Rescind.builder().store(store).clock(clock).build();
        }

        /**
         * Tenants named by a fresh id and their position, which keys the reference: jqwik replays a sequence's
         * generated steps in new runs while shrinking, and a step names its tenant and target by position.
         */
        private static List<TenantId> freshTenants() {
            String run = UUID.randomUUID().toString();
            return List.of(new TenantId("model-" + run + "-0"), new TenantId("model-" + run + "-1"));
        }

        /** This run's tenant at the position {@code generated} had in the run it was generated in. */
        TenantId tenant(TenantId generated) {
            return tenants.get(position(generated));
        }

        /** This run's aggregate in the place of {@code generated}, unless shrinking left out its creation. */
        Option<Aggregate> current(Aggregate generated) {
            return Option.of(expected.get(key(generated)));
        }

        /** The aggregates whose state is not terminal: where commands still lead somewhere. */
        List<Aggregate> live() {
            return targets().stream().filter(aggregate -> !isTerminal(aggregate)).toList();
        }

        /** Mostly a live aggregate, now and then one at rest, whose commands should all be refused. */
        Arbitrary<Aggregate> someTarget() {
            List<Aggregate> live = live();
            return live.isEmpty() ? Arbitraries.of(targets())
                    : Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(live)),
                            Tuple.of(1, Arbitraries.of(targets())));
        }

        List<Aggregate> targets() {
            return expected.values().stream()
                    .filter(aggregate -> aggregate.type() != AggregateType.CANCELLATION_REQUEST).toList();
        }

        Instant tick() {
            return clock.step(CLOCK_STEP);
        }

        Instant next() {
            return clock.instant().plus(CLOCK_STEP);
        }

        /** The tenant's cancellation requests as the reference has them, as the pipeline would load them. */
        World requests(TenantId tenant) {
            return World.of(expected.values().stream()
                    .filter(aggregate -> aggregate.tenant().equals(tenant))
                    .filter(CancellationRequest.DESCRIPTOR::describes)
                    .map(CancellationRequest.DESCRIPTOR::cast).toList());
        }

        CommandContext context(TenantId tenant, Actor actor, boolean keyed) {
            CommandContext context = CommandContext.of(tenant, actor);
            return keyed ? context.withIdempotencyKey("model-key-" + ++keys) : context;
        }

        void compare(CommandContext context, Supplier<Either<Rejection, ? extends Applied<?>>> call,
                ApiCalls.Expected expected) {
            check(context, call, call.get(), expected);
        }

        /** The answer is the reference's; an accepted answer is applied to the reference. */
        void check(CommandContext context, Supplier<Either<Rejection, ? extends Applied<?>>> call,
                Either<Rejection, ? extends Applied<?>> answer, ApiCalls.Expected expected) {
            if (expected.answer().isLeft()) {
                assertThat(answer.isLeft()).as("applied, where the reference refused with %s",
                        expected.answer().getLeft()).isTrue();
                assertThat(answer.getLeft()).isEqualTo(expected.answer().getLeft());
                expected.recordedAnyway().forEach(this::apply);
                return;
            }
            assertThat(answer.isRight()).as("refused with %s, where the reference applied it",
                    answer.fold(Rejection::message, applied -> "")).isTrue();
            Decision<?> decision = expected.answer().get();
            Applied<?> applied = answer.get();
            assertThat(applied.aggregate()).isEqualTo(decision.aggregate());
            assertThat(applied.related()).containsExactlyElementsOf(
                    decision.changes().stream().skip(1).map(Change::aggregate).toList());
            assertThat(applied.events()).extracting(EventEnvelope::eventType).containsExactlyElementsOf(
                    decision.changes().stream().map(change -> change.event().eventType()).toList());
            apply(decision);
            context.idempotencyKey().forEach(key -> lastKeyed = Option.some(new Keyed(context.tenant(), key.value(),
                    call, applied)));
        }

        /** Whether the store holds the aggregate of reference key {@code key} as the reference expects it. */
        boolean stored(String key) {
            Aggregate aggregate = expected.get(key);
            return StoreFixture.read(store, aggregate).contains(aggregate);
        }

        void apply(Decision<?> decision) {
            for (Change change : decision.changes()) {
                Aggregate aggregate = change.aggregate();
                Aggregate before = expected.get(key(aggregate));
                assertThat(aggregate.version()).as("the reference's own version count")
                        .isEqualTo(before == null ? Version.FIRST : before.version().next());
                expected.put(key(aggregate), aggregate);
            }
        }

        /** Every expected aggregate reads back as expected, with gapless events, and lists and requests agree. */
        void checkStore() {
            for (Aggregate aggregate : expected.values()) {
                assertThat(StoreFixture.read(store, aggregate)).as("%s %s", aggregate.type(), aggregate.id())
                        .containsExactly(aggregate);
                assertThat(store.events().history(aggregate.tenant(), aggregate.type(), aggregate.id().value()))
                        .extracting(event -> event.version().value())
                        .containsExactlyElementsOf(versionsUpTo(aggregate.version()));
            }
            for (TenantId tenant : tenants) {
                for (Aggregate aggregate : expected.values()) {
                    if (aggregate.tenant().equals(tenant)) {
                        checkListed(aggregate);
                        checkOpenRequests(aggregate);
                    }
                }
            }
        }

        private void checkListed(Aggregate aggregate) {
            List<Aggregate> listed = List.copyOf(listedWith(Aggregates.of(aggregate), aggregate));
            List<Aggregate> sameList = expected.values().stream()
                    .filter(other -> other.tenant().equals(aggregate.tenant()) && other.type() == aggregate.type()
                            && statusOf(other).equals(statusOf(aggregate)))
                    .toList();
            assertThat(listed).as("list of %s %s", aggregate.type(), statusOf(aggregate))
                    .containsExactlyInAnyOrderElementsOf(sameList);
        }

        /** The store's list that should hold {@code aggregate}, read through its descriptor. */
        private <A extends Aggregate, I extends AggregateId, S extends Enum<S>> List<A> listedWith(
                AggregateDescriptor<A, I, S> descriptor, Aggregate aggregate) {
            return store.repository(descriptor).list(aggregate.tenant(), descriptor.statusOf(aggregate), all());
        }

        private void checkOpenRequests(Aggregate aggregate) {
            if (!Aggregates.of(aggregate).takesCancellationRequests()) {
                return;
            }
            List<CancellationRequest> open = store.cancellationRequests()
                    .forTarget(aggregate.tenant(), new CancellationTarget(aggregate.type(), aggregate.id().value()))
                    .stream().filter(CancellationRequest::isOpen).toList();
            Option<CancellationRequestId> referenced = Aggregates.of(aggregate).openCancellationRequestOf(aggregate)
                    .map(id -> CancellationRequest.DESCRIPTOR.id(id.value()));
            assertThat(open).extracting(CancellationRequest::id).containsExactlyElementsOf(referenced);
        }

        @Override
        public String toString() {
            return expected.size() + " aggregates in " + tenants;
        }
    }

    /**
     * Creates a shipment, return or fulfillment order in one of the run's tenants; a run keeps to a few, so
     * that the commands after get deep into each one's lifecycle.
     */
    static final class Creation implements Action.Dependent<Run> {
        private static final int MAX_AGGREGATES = 4;

        @Override
        public boolean precondition(Run run) {
            return run.live().size() < MAX_AGGREGATES;
        }

        @Override
        public Arbitrary<Transformer<Run>> transformer(Run run) {
            Instant now = run.next();
            Arbitrary<Tuple.Tuple2<CommandedModel<?, ?, ?, ?>, NewAggregate>> details = Arbitraries.oneOf(
                    CommandedModel.all().stream().map(model -> model.newDetails(now)
                            .map(made -> Tuple.<CommandedModel<?, ?, ?, ?>, NewAggregate>of(model, made))).toList());
            return Combinators.combine(Arbitraries.of(run.tenants), Values.actors(ActorKind.MERCHANT_SIDE), details,
                            keyed())
                    .as((tenant, actor, what, keyed) -> Transformer.mutate("create " + what.get2().getClass()
                            .getSimpleName() + " in " + tenant,
                            state -> create(state, tenant, actor, what.get1(), what.get2(), keyed)));
        }

        private static void create(Run run, TenantId generated, Actor actor, CommandedModel<?, ?, ?, ?> model,
                NewAggregate details, boolean keyed) {
            Instant now = run.tick();
            TenantId tenant = run.tenant(generated);
            CommandContext context = run.context(tenant, actor, keyed);
            Supplier<Either<Rejection, ? extends Applied<?>>> call = () -> run.rescind.create(context, details);
            Either<Rejection, Decision<?>> expected = model.create(tenant, actor, details, now)
                    .map(decision -> decision);
            String id = details.id().value();
            AggregateType type = details.id().type();
            if (run.expected.containsKey(key(tenant, type, id))) {
                expected = Either.left(Rejection.InvalidInput.of("id", "already_exists",
                        type.displayName() + " " + id + " already exists"));
            }
            run.compare(context, call, new ApiCalls.Expected(expected, Option.none()));
        }
    }

    /**
     * A command on an existing aggregate: mostly well formed, sometimes a deliberate mistake; sometimes with
     * an idempotency key, sometimes naming the current or a stale version.
     */
    static final class Command implements Action.Dependent<Run> {
        @Override
        public boolean precondition(Run run) {
            return !run.targets().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Run>> transformer(Run run) {
            Instant now = run.next();
            return run.someTarget().flatMap(target -> Combinators.combine(attempts(target, now),
                            keyed(), versionChoices())
                    .as((attempt, keyed, version) -> Transformer.mutate(attempt + " on " + target.type() + " "
                            + target.id() + (keyed ? " with a key" : "") + " " + version,
                            state -> command(state, target, attempt, keyed, version))));
        }

        private static void command(Run run, Aggregate target, Attempt<?> attempt, boolean keyed,
                VersionChoice version) {
            Instant now = run.tick();
            if (run.current(target).isEmpty()) {
                return;
            }
            Aggregate current = run.current(target).get();
            CommandContext context = run.context(current.tenant(), attempt.actor(), keyed);
            if (version == VersionChoice.CURRENT) {
                context = context.expectingVersion(current.version());
            } else if (version == VersionChoice.STALE) {
                context = context.expectingVersion(current.version().next());
            }
            CommandContext sent = context;
            Object command = ApiCalls.withFreshIds(current, attempt.command());
            Either<Rejection, ? extends Applied<?>> answer = ApiCalls.send(run.rescind, sent, current, command);
            ApiCalls.Expected expected = version == VersionChoice.STALE
                    ? new ApiCalls.Expected(Either.left(new Rejection.ConcurrentModification(current.type(),
                            current.id().value(), current.version().next(), current.version())), Option.none())
                    : ApiCalls.decide(current, attempt.actor(), command, run.requests(current.tenant()), now);
            run.check(sent, () -> ApiCalls.send(run.rescind, sent, current,
                    ApiCalls.withFreshIds(current, attempt.command())), answer, expected);
        }
    }

    /** A command on one tenant's aggregate sent as the other tenant: not found, and nothing changes. */
    static final class ForeignCall implements Action.Dependent<Run> {
        @Override
        public boolean precondition(Run run) {
            return !run.targets().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Run>> transformer(Run run) {
            Instant now = run.next();
            return Arbitraries.of(run.targets()).flatMap(target -> attempts(target, now)
                    .map(attempt -> Transformer.mutate(attempt + " on " + target.id() + " by another tenant",
                            state -> {
                                state.tick();
                                if (state.current(target).isEmpty()) {
                                    return;
                                }
                                Aggregate current = state.current(target).get();
                                TenantId stranger = state.tenants.stream()
                                        .filter(tenant -> !tenant.equals(current.tenant())).findFirst().get();
                                Either<Rejection, ? extends Applied<?>> answer = ApiCalls.send(state.rescind,
                                        CommandContext.of(stranger, attempt.actor()), current, attempt.command());
                                assertThat(answer.isLeft()).as("a foreign call was applied").isTrue();
                                assertThat(answer.getLeft()).isEqualTo(new Rejection.NotFound(target.type(),
                                        target.id().value()));
                            })));
        }
    }

    /**
     * Time passes: the clock moves on by up to two days and a deadline runner runs. The reference decides every
     * deadline of the run's tenants that passed by the store's clock, at the clock's new time, as the runner does:
     * open requests expire through their targets, unfulfilled orders get their overdue event, once; the invariant
     * then compares the whole store.
     */
    static final class TimePasses implements Action.Dependent<Run> {
        private static final Actor DEADLINE_RUNNER = Actor.system(DeadlineRunner.ACTOR_ID);
        /** Enough runs to work through deadlines other tests left behind in a shared store. */
        private static final int MAX_RUNS = 20;

        @Override
        public Arbitrary<Transformer<Run>> transformer(Run run) {
            return Values.durationsUpTo(Duration.ofDays(2)).map(step -> Transformer.mutate(
                    "time passes by " + step + " and the deadline runner runs", state -> pass(state, step)));
        }

        private static void pass(Run run, Duration step) {
            Instant now = run.clock.step(step);
            Instant storeNow = run.storeClock.instant();
            List<Due> due = new ArrayList<>();
            for (Aggregate target : run.targets()) {
                if (target instanceof FulfillmentOrder order && order.fulfillBy().exists(at -> !at.isAfter(storeNow))
                        && run.fulfillByDecided.add(key(order) + "@" + order.fulfillBy().get())) {
                    due.add(new Due(order.fulfillBy().get(), 0, key(order),
                            new FulfillmentCommand.MarkOverdue(order.fulfillBy().get())));
                }
                Option<CancellationRequest> open = run.requests(target.tenant())
                        .request(Aggregates.of(target).openCancellationRequestOf(target)
                                .map(id -> new CancellationRequestId(id.value())))
                        .filter(request -> request.answerBy().exists(at -> !at.isAfter(storeNow)));
                if (open.isDefined()) {
                    Object expire = target instanceof Return
                            ? new ReturnCommand.ExpireCancellation(open.get().id())
                            : new FulfillmentCommand.ExpireCancellationRequest(open.get().id());
                    due.add(new Due(open.get().answerBy().get(), 1, key(target), expire));
                }
            }
            // As the runner takes them: earliest first, and an order's fulfill-by (set with the order) before a
            // request's answer-by due at the same moment.
            due.sort(Comparator.comparing(Due::at).thenComparingInt(Due::scheduled));
            Set<String> decided = new java.util.LinkedHashSet<>();
            for (Due deadline : due) {
                Aggregate target = run.expected.get(deadline.target());
                Either<Rejection, Decision<?>> decision = ApiCalls.decide(target, DEADLINE_RUNNER,
                        deadline.command(), run.requests(target.tenant()), now).answer();
                if (decision.isRight()) {
                    run.apply(decision.get());
                    decided.add(deadline.target());
                }
            }
            Statistics.label("deadlines a time step decides").collect(decided.size());
            DeadlineRunner runner = run.rescind.deadlineRunner("model-runner");
            for (int runs = 0; runs < MAX_RUNS && !decided.stream().allMatch(run::stored); runs++) {
                runner.runOnce();
            }
        }

        /** A deadline of the run's that fell due: its time, its place in scheduling order, what it decides. */
        private record Due(Instant at, int scheduled, String target, Object command) {
        }
    }

    /** Sends the last keyed, accepted call again: the first answer comes back and nothing is applied twice. */
    static final class Retry implements Action.Dependent<Run> {
        @Override
        public boolean precondition(Run run) {
            return run.lastKeyed.isDefined();
        }

        @Override
        public Arbitrary<Transformer<Run>> transformer(Run run) {
            return Arbitraries.just(Transformer.mutate("retry " + run.lastKeyed.get().key(), state -> {
                state.tick();
                if (state.lastKeyed.isEmpty()) {
                    return;
                }
                Keyed keyed = state.lastKeyed.get();
                Either<Rejection, ? extends Applied<?>> again = keyed.call().get();
                assertThat(again.isRight()).as("retry refused: %s", again.fold(Rejection::message, ok -> "")).isTrue();
                assertThat(again.get().replayed()).isTrue();
                assertThat(again.get().aggregate()).isEqualTo(keyed.first().aggregate());
                assertThat(again.get().events()).isEqualTo(keyed.first().events());
            }));
        }
    }

    /** The last key, used by another actor for another command: refused, and nothing changes. */
    static final class ReusedKey implements Action.Dependent<Run> {
        @Override
        public boolean precondition(Run run) {
            return run.lastKeyed.isDefined() && !run.targets().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Run>> transformer(Run run) {
            Instant now = run.next();
            return Arbitraries.of(run.targets()).flatMap(target -> attempts(target, now)
                    .map(attempt -> Transformer.mutate("reuse " + run.lastKeyed.get().key() + " for " + attempt,
                            state -> {
                                state.tick();
                                if (state.lastKeyed.isEmpty() || state.current(target).isEmpty()) {
                                    return;
                                }
                                Keyed keyed = state.lastKeyed.get();
                                CommandContext context = CommandContext.of(keyed.tenant(), Actor.system("reuser"))
                                        .withIdempotencyKey(keyed.key());
                                Either<Rejection, ? extends Applied<?>> answer = ApiCalls.send(state.rescind,
                                        context, state.current(target).get(), attempt.command());
                                assertThat(answer.isLeft()).as("a reused key was applied").isTrue();
                                assertThat(answer.getLeft())
                                        .isEqualTo(new Rejection.IdempotencyKeyReused(keyed.key()));
                            })));
        }
    }

    private enum VersionChoice {
        NONE, CURRENT, STALE
    }

    private static Arbitrary<VersionChoice> versionChoices() {
        return Arbitraries.frequency(Tuple.of(4, VersionChoice.NONE), Tuple.of(1, VersionChoice.CURRENT),
                Tuple.of(1, VersionChoice.STALE));
    }

    private record Keyed(TenantId tenant, String key, Supplier<Either<Rejection, ? extends Applied<?>>> call,
            Applied<?> first) {
    }

    private static Arbitrary<Boolean> keyed() {
        return Arbitraries.of(true, false, false);
    }

    /**
     * The commands that open and answer cancellation requests, and those that lead there: favoured, so that
     * sequences often ask, answer and ask again, where the one-open-request rule and the request-target
     * agreement are tested.
     */
    private static final Set<Enum<?>> CANCELLATION_FLOW = Set.of(ReturnCommandKind.REQUEST_CANCELLATION,
            ReturnCommandKind.CONFIRM_CANCELLATION, ReturnCommandKind.DECLINE_CANCELLATION,
            FulfillmentCommandKind.SUBMIT_FULFILLMENT_REQUEST, FulfillmentCommandKind.ACCEPT_FULFILLMENT_REQUEST,
            FulfillmentCommandKind.SEND_CANCELLATION_REQUEST, FulfillmentCommandKind.ACCEPT_CANCELLATION_REQUEST,
            FulfillmentCommandKind.REJECT_CANCELLATION_REQUEST);

    /**
     * Commands from the testkit's models: mostly ones the table allows from the aggregate's state (so that
     * sequences get deep into each lifecycle), then any well-formed command, now and then a deliberate mistake.
     */
    private static Arbitrary<Attempt<?>> attempts(Aggregate target, Instant now) {
        return attemptsWith(modelOf(target).get(), target, now);
    }

    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<Attempt<?>> attemptsWith(
            AggregateModel<A, S, C, K> model, Aggregate target, Instant now) {
        return attempts(model, model.descriptor().cast(target), now);
    }

    /** The model of the aggregate's type, if commands address it (cancellation requests change with a target). */
    private static Option<? extends AggregateModel<?, ?, ?, ?>> modelOf(Aggregate aggregate) {
        return CommandedModel.of(aggregate);
    }

    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<Attempt<?>> attempts(
            AggregateModel<A, S, C, K> model, A aggregate, Instant now) {
        List<C> all = model.table().commands().stream().filter(kind -> model.issuable(aggregate, kind)).toList();
        List<C> allowed = all.stream()
                .filter(kind -> model.table().allows(aggregate, model.stateOf(aggregate), kind)).toList();
        Arbitrary<Attempt<K>> any = Arbitraries.of(all).flatMap(kind -> model.wellFormed(aggregate, kind, now));
        Arbitrary<Attempt<K>> likely = allowed.isEmpty() ? any
                : Arbitraries.frequency(allowed.stream()
                                .map(kind -> Tuple.of(CANCELLATION_FLOW.contains(kind) ? 4 : 1, kind)).toList())
                        .flatMap(kind -> model.wellFormed(aggregate, kind, now));
        return Arbitraries.frequencyOf(Tuple.of(4, likely), Tuple.of(1, any),
                Tuple.of(1, model.mistakes(aggregate, now))).map(attempt -> attempt);
    }

    /** Whether no command can change the aggregate any more; a cancellation request is never addressed. */
    private static boolean isTerminal(Aggregate aggregate) {
        return modelOf(aggregate).map(model -> isTerminal(model, aggregate)).getOrElse(true);
    }

    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> boolean isTerminal(
            AggregateModel<A, S, C, K> model, Aggregate aggregate) {
        A typed = model.descriptor().cast(aggregate);
        return model.table().isTerminal(model.stateOf(typed));
    }

    private static String key(Aggregate aggregate) {
        return key(aggregate.tenant(), aggregate.type(), aggregate.id().value());
    }

    private static String key(TenantId tenant, AggregateType type, String id) {
        return position(tenant) + "/" + type + "/" + id;
    }

    /** A run's tenants end in their position, which stays the same when a sequence is replayed. */
    private static int position(TenantId tenant) {
        return tenant.value().charAt(tenant.value().length() - 1) - '0';
    }

    private static PageRequest all() {
        return PageRequest.first(PageRequest.MAX_LIMIT);
    }

    private static String statusOf(Aggregate aggregate) {
        return Aggregates.of(aggregate).statusOf(aggregate).name();
    }

    private static List<Long> versionsUpTo(Version version) {
        List<Long> versions = new ArrayList<>();
        for (long value = 1; value <= version.value(); value++) {
            versions.add(value);
        }
        return versions;
    }
}
