package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.PipelineContract.ok;
import static dev.rescind.testkit.contract.StoreFixture.CARRIER;
import static dev.rescind.testkit.contract.StoreFixture.MERCHANT;
import static dev.rescind.testkit.contract.StoreFixture.SERVICE;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.AnswerTimes;
import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.DeadlineRunner;
import dev.rescind.application.port.Commit;
import dev.rescind.application.port.Deadline;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The durable timer store and the deadline runner: a deadline is stored in the commit of the decision that set
 * it, handed out only once it is due by the store's clock (whatever a runner's own clock says), to one runner at a
 * time, again after a runner died holding it, and leaves the store once decided; an unanswered cancellation
 * request expires (or is escalated) once, and an answer racing its expiry has exactly one winner.
 *
 * <p>Besides {@link StoreContract}'s hooks a store's test says how its clock is read and how time passes by it:
 * a test clock it moves for the in-memory store, the database's clock and a pause for a database.
 */
public abstract class DeadlinesContract extends StoreContract {

    /** How far ahead of the store's clock the tests' deadlines fall due. */
    protected static final Duration DUE_IN = Duration.ofMillis(1500);
    /** Enough past {@link #DUE_IN} to be sure by any clock. */
    private static final Duration PAST_DUE = DUE_IN.plusMillis(500);
    private static final Duration LONG_LEASE = Duration.ofMinutes(5);

    private final TenantId tenant = freshTenant();
    private final CommandContext merchant = CommandContext.of(tenant, MERCHANT);
    private final CommandContext service = CommandContext.of(tenant, SERVICE);
    private final CommandContext carrier = CommandContext.of(tenant, CARRIER);

    /** {@return the store's own clock, which decides due times and leases: the database's for a database} */
    protected abstract Clock storeClock();

    /**
     * Lets {@code time} pass by {@link #storeClock()}: moves a test clock forward, or waits.
     *
     * @param time how long
     */
    protected abstract void passTime(Duration time);

    @Test
    void a_deadline_is_handed_out_only_once_due_by_the_stores_clock_and_to_one_runner_at_a_time() {
        RescindStore store = emptyStore();
        Deadline deadline = scheduled(store, storeClock().instant().plus(DUE_IN));

        assertThat(store.deadlines().claimDue("early-runner", 10, LONG_LEASE)).isEmpty();
        passTime(PAST_DUE);

        assertThat(store.deadlines().claimDue("first-runner", 10, LONG_LEASE)).containsExactly(deadline);
        assertThat(store.deadlines().claimDue("second-runner", 10, LONG_LEASE)).isEmpty();
        store.deadlines().decided("second-runner", deadline.deadlineId());
        assertThat(store.deadlines().pending()).isEqualTo(1);
        store.deadlines().decided("first-runner", deadline.deadlineId());
        assertThat(store.deadlines().pending()).isZero();
        assertThat(store.deadlines().claimDue("first-runner", 10, LONG_LEASE)).isEmpty();
    }

    @Test
    void a_commit_that_is_refused_schedules_nothing() {
        RescindStore store = emptyStore();
        Decision<FulfillmentOrder> creation = StoreFixture.createFulfillmentOrder(tenant, freshId());
        Instant due = storeClock().instant().minus(Duration.ofMinutes(1));
        StoreFixture.commitOrFail(store, withDeadline(creation, due));

        assertThat(store.unitOfWork().commit(withDeadline(creation, due)).isLeft()).isTrue();

        assertThat(store.deadlines().pending()).isEqualTo(1);
        assertThat(store.deadlines().claimDue("runner", 10, LONG_LEASE)).hasSize(1);
    }

    @Test
    void due_deadlines_come_earliest_first_and_in_batches_of_the_limit() {
        RescindStore store = emptyStore();
        Instant now = storeClock().instant();
        Deadline later = scheduled(store, now.minus(Duration.ofMinutes(1)));
        Deadline earlier = scheduled(store, now.minus(Duration.ofMinutes(3)));
        Deadline between = scheduled(store, now.minus(Duration.ofMinutes(2)));

        assertThat(store.deadlines().claimDue("runner", 2, LONG_LEASE)).containsExactly(earlier, between);
        assertThat(store.deadlines().claimDue("other-runner", 2, LONG_LEASE)).containsExactly(later);
        assertThat(store.deadlines().claimDue("runner", 5, LONG_LEASE))
                .as("a runner's own live leases are claimable by it again").containsExactly(earlier, between);
    }

    @Test
    void racing_runners_take_and_decide_each_due_deadline_exactly_once() throws Exception {
        RescindStore store = emptyStore();
        int count = 40;
        Instant due = storeClock().instant().minus(Duration.ofMinutes(1));
        for (int index = 0; index < count; index++) {
            scheduled(store, due);
        }
        Map<String, AtomicInteger> claims = new ConcurrentHashMap<>();
        int runners = 4;
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int runner = 0; runner < runners; runner++) {
                String runnerId = "racing-runner-" + runner;
                done.add(pool.submit(() -> {
                    start.await();
                    List<Deadline> claimed;
                    do {
                        claimed = store.deadlines().claimDue(runnerId, 3, LONG_LEASE);
                        for (Deadline deadline : claimed) {
                            claims.computeIfAbsent(deadline.deadlineId(), id -> new AtomicInteger())
                                    .incrementAndGet();
                            store.deadlines().decided(runnerId, deadline.deadlineId());
                        }
                    } while (!claimed.isEmpty());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(claims).hasSize(count);
        assertThat(claims.values()).allSatisfy(claimed -> assertThat(claimed).hasValue(1));
        assertThat(store.deadlines().pending()).isZero();
    }

    @Test
    void a_deadline_whose_runner_died_holding_it_is_handed_out_again_once_the_lease_ran_out() {
        RescindStore store = emptyStore();
        Deadline deadline = scheduled(store, storeClock().instant().minus(Duration.ofMinutes(1)));
        Duration lease = Duration.ofMillis(1000);

        assertThat(store.deadlines().claimDue("runner-that-dies", 10, lease)).containsExactly(deadline);
        assertThat(store.deadlines().claimDue("survivor", 10, lease)).isEmpty();
        passTime(lease.plusMillis(500));

        assertThat(store.deadlines().claimDue("survivor", 10, LONG_LEASE)).containsExactly(deadline);
        store.deadlines().decided("runner-that-dies", deadline.deadlineId());
        assertThat(store.deadlines().pending()).as("the dead runner's late word counts for nothing").isEqualTo(1);
        store.deadlines().release("survivor", deadline.deadlineId());
        assertThat(store.deadlines().claimDue("third", 10, LONG_LEASE)).as("given back, due at once")
                .containsExactly(deadline);
    }

    @Test
    void an_unanswered_request_expires_at_its_answer_by_time_and_the_order_goes_back_as_after_a_rejection() {
        RescindStore store = emptyStore();
        Rescind rescind = rescind(store, storeClock(), AnswerTimes.none());
        FulfillmentOrderId id = acceptedOrder(rescind);
        Instant answerBy = storeClock().instant().plus(DUE_IN);
        CancellationRequest request = ok(rescind.fulfillmentOrders().sendCancellationRequest(merchant, id,
                Option.none(), Option.some(answerBy))).related(CancellationRequest.class).get();
        DeadlineRunner runner = rescind.deadlineRunner("runner");

        assertThat(request.answerBy()).contains(answerBy);
        assertThat(runner.runOnce()).as("nothing is due yet").isZero();
        assertThat(order(rescind, id).state()).isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REQUESTED);
        passTime(PAST_DUE);

        assertThat(runner.runOnce()).isEqualTo(1);
        assertThat(runner.runOnce()).as("decided once").isZero();
        FulfillmentOrder back = order(rescind, id);
        CancellationRequest expired = rescind.cancellationRequests().get(tenant, request.id()).get();
        assertThat(back.state()).isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REJECTED);
        assertThat(back.openCancellationRequest()).isEmpty();
        assertThat(expired.status()).isEqualTo(CancellationRequestStatus.EXPIRED);
        assertThat(expired.response().get().message()).contains(CancellationRequest.EXPIRED_REASON);
        assertThat(eventTypes(store, AggregateType.FULFILLMENT_ORDER, id.value()))
                .endsWith("CancellationRequestSent", "CancellationRequestExpired");
        assertThat(eventTypes(store, AggregateType.CANCELLATION_REQUEST, request.id().value()))
                .containsExactly("CancellationRequested", "CancellationExpired");
        assertThat(store.deadlines().pending()).isZero();
        assertThat(ok(rescind.fulfillmentOrders().sendCancellationRequest(merchant, id, Option.none()))
                .aggregate().state()).as("the merchant may ask again")
                .isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REQUESTED);
    }

    @Test
    void an_unanswered_return_cancellation_expires_and_the_parcel_goes_back_to_its_status_before() {
        RescindStore store = emptyStore();
        Rescind rescind = rescind(store, storeClock(), AnswerTimes.none().forResponder(CARRIER.id(), DUE_IN));
        ReturnId id = new ReturnId(freshId());
        ok(rescind.returns().create(merchant, StoreFixture.newReturn(id)));
        ok(rescind.returns().announce(carrier, id));
        Instant asked = storeClock().instant();
        CancellationRequest request = ok(rescind.returns().requestCancellation(merchant, id, Option.none()))
                .related(CancellationRequest.class).get();
        assertThat(request.answerBy().get()).as("the carrier's answer time from the settings")
                .isBetween(asked.plus(DUE_IN), storeClock().instant().plus(DUE_IN));
        passTime(PAST_DUE);

        assertThat(rescind.deadlineRunner("runner").runOnce()).isEqualTo(1);

        Return back = rescind.returns().get(tenant, id).get();
        assertThat(back.parcelStatus()).isEqualTo(ParcelStatus.ANNOUNCED);
        assertThat(back.openCancellationRequest()).isEmpty();
        assertThat(rescind.cancellationRequests().get(tenant, request.id()).get().status())
                .isEqualTo(CancellationRequestStatus.EXPIRED);
        assertThat(eventTypes(store, AggregateType.RETURN, id.value())).last()
                .isEqualTo("ReturnCancellationExpired");
    }

    @Test
    void a_request_answered_in_time_leaves_a_deadline_that_decides_nothing() {
        RescindStore store = emptyStore();
        Rescind rescind = rescind(store, storeClock(), AnswerTimes.none());
        FulfillmentOrderId id = acceptedOrder(rescind);
        ok(rescind.fulfillmentOrders().sendCancellationRequest(merchant, id, Option.none(),
                Option.some(storeClock().instant().plus(DUE_IN))));
        FulfillmentOrder rejected = ok(rescind.fulfillmentOrders().rejectCancellationRequest(service, id,
                Option.none())).aggregate();
        passTime(PAST_DUE);

        assertThat(rescind.deadlineRunner("runner").runOnce()).isZero();

        assertThat(order(rescind, id)).isEqualTo(rejected);
        assertThat(store.deadlines().pending()).as("a deadline that no longer applies leaves the store").isZero();
    }

    @Test
    void a_runner_whose_own_clock_runs_ahead_fires_nothing_before_the_stores_clock_says() {
        RescindStore store = emptyStore();
        Rescind rescind = rescind(store, storeClock(), AnswerTimes.none());
        FulfillmentOrderId id = acceptedOrder(rescind);
        ok(rescind.fulfillmentOrders().sendCancellationRequest(merchant, id, Option.none(),
                Option.some(storeClock().instant().plus(DUE_IN))));
        Rescind skewed = rescind(store, Clock.offset(storeClock(), Duration.ofDays(30)), AnswerTimes.none());
        DeadlineRunner runner = skewed.deadlineRunner("runner-thirty-days-ahead");

        assertThat(runner.runOnce()).isZero();
        assertThat(order(rescind, id).state()).isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REQUESTED);
        passTime(PAST_DUE);

        assertThat(runner.runOnce()).isEqualTo(1);
        assertThat(order(rescind, id).state()).isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REJECTED);
    }

    @Test
    void an_answer_racing_the_expiry_has_exactly_one_winner() throws Exception {
        RescindStore store = emptyStore();
        Rescind rescind = rescind(store, storeClock(), AnswerTimes.none());
        int orders = 12;
        List<FulfillmentOrderId> ids = new ArrayList<>();
        for (int index = 0; index < orders; index++) {
            FulfillmentOrderId id = acceptedOrder(rescind);
            ok(rescind.fulfillmentOrders().sendCancellationRequest(merchant, id, Option.none(),
                    Option.some(storeClock().instant().plus(DUE_IN))));
            ids.add(id);
        }
        passTime(PAST_DUE);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger expired = new AtomicInteger();
        try {
            Future<?> answers = pool.submit(() -> {
                start.await();
                for (FulfillmentOrderId id : ids) {
                    Either<Rejection, Applied<FulfillmentOrder>> answer = rescind.fulfillmentOrders()
                            .acceptCancellationRequest(service, id, Option.none());
                    if (answer.isRight()) {
                        accepted.incrementAndGet();
                    } else {
                        assertThat(answer.getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
                    }
                }
                return null;
            });
            List<Future<?>> runners = new ArrayList<>();
            for (int runner = 0; runner < 2; runner++) {
                DeadlineRunner deadlineRunner = rescind.deadlineRunner("racing-runner-" + runner,
                        new DeadlineRunner.Settings(1, LONG_LEASE));
                runners.add(pool.submit(() -> {
                    start.await();
                    while (store.deadlines().pending() > 0) {
                        expired.addAndGet(deadlineRunner.runOnce());
                    }
                    return null;
                }));
            }
            start.countDown();
            answers.get(60, TimeUnit.SECONDS);
            for (Future<?> runner : runners) {
                runner.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(accepted.get() + expired.get()).isEqualTo(orders);
        for (FulfillmentOrderId id : ids) {
            FulfillmentOrder order = order(rescind, id);
            List<CancellationRequest> requests = rescind.cancellationRequests().forTarget(tenant,
                    CancellationTarget.of(id)).get();
            assertThat(requests).hasSize(1);
            List<String> answers = eventTypes(store, AggregateType.FULFILLMENT_ORDER, id.value()).stream()
                    .filter(type -> type.equals("CancellationRequestAccepted")
                            || type.equals("CancellationRequestExpired")).toList();
            assertThat(answers).hasSize(1);
            if (answers.get(0).equals("CancellationRequestAccepted")) {
                assertThat(order.state()).isEqualTo(FulfillmentState.CANCELLED_CANCELLATION_ACCEPTED);
                assertThat(requests.get(0).status()).isEqualTo(CancellationRequestStatus.ACCEPTED);
            } else {
                assertThat(order.state()).isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REJECTED);
                assertThat(requests.get(0).status()).isEqualTo(CancellationRequestStatus.EXPIRED);
            }
        }
    }

    @Test
    void a_host_that_chose_escalation_gets_an_event_and_the_request_stays_open() {
        RescindStore store = emptyStore();
        Rescind rescind = rescind(store, storeClock(), AnswerTimes.none()
                .forTargets(AggregateType.FULFILLMENT_ORDER, DUE_IN)
                .whenUnanswered(AnswerTimes.Unanswered.ESCALATE));
        FulfillmentOrderId id = acceptedOrder(rescind);
        FulfillmentOrder requested = ok(rescind.fulfillmentOrders().sendCancellationRequest(merchant, id,
                Option.none())).aggregate();
        CancellationRequestId requestId = requested.openCancellationRequest().get();
        passTime(PAST_DUE);

        assertThat(rescind.deadlineRunner("runner").runOnce()).isEqualTo(1);

        CancellationRequest escalated = rescind.cancellationRequests().get(tenant, requestId).get();
        assertThat(order(rescind, id)).isEqualTo(requested);
        assertThat(escalated.status()).isEqualTo(CancellationRequestStatus.REQUESTED);
        assertThat(escalated.version().value()).isEqualTo(2);
        assertThat(eventTypes(store, AggregateType.CANCELLATION_REQUEST, requestId.value()))
                .containsExactly("CancellationRequested", "CancellationEscalated");
        assertThat(store.deadlines().pending()).isZero();
        assertThat(ok(rescind.fulfillmentOrders().acceptCancellationRequest(service, id, Option.none()))
                .aggregate().state()).as("the service may still answer")
                .isEqualTo(FulfillmentState.CANCELLED_CANCELLATION_ACCEPTED);
    }

    @Test
    void an_order_still_unfulfilled_at_its_fulfill_by_gets_one_overdue_event_and_a_fulfilled_one_none() {
        RescindStore store = emptyStore();
        Rescind rescind = rescind(store, storeClock(), AnswerTimes.none());
        Instant fulfillBy = storeClock().instant().plus(DUE_IN);
        FulfillmentOrderId late = orderDueBy(rescind, fulfillBy);
        FulfillmentOrderId shipped = orderDueBy(rescind, fulfillBy);
        ok(rescind.fulfillmentOrders().submitFulfillmentRequest(merchant, shipped, Option.none()));
        ok(rescind.fulfillmentOrders().acceptFulfillmentRequest(service, shipped, Option.none()));
        FulfillmentOrder closed = ok(rescind.fulfillmentOrders().createFulfillment(service, shipped, List.of()))
                .aggregate();
        FulfillmentOrder waiting = order(rescind, late);
        DeadlineRunner runner = rescind.deadlineRunner("runner");

        assertThat(runner.runOnce()).as("nothing is due yet").isZero();
        passTime(PAST_DUE);

        assertThat(runner.runOnce()).isEqualTo(1);
        assertThat(runner.runOnce()).isZero();
        FulfillmentOrder overdue = order(rescind, late);
        assertThat(overdue.state()).isEqualTo(waiting.state());
        assertThat(overdue.version()).isEqualTo(waiting.version().next());
        assertThat(eventTypes(store, AggregateType.FULFILLMENT_ORDER, late.value())).last()
                .isEqualTo("FulfillmentOrderOverdue");
        assertThat(order(rescind, shipped)).isEqualTo(closed);
        assertThat(store.deadlines().pending()).isZero();
    }

    @Test
    void an_answer_by_time_not_in_the_future_is_refused_and_changes_nothing() {
        RescindStore store = emptyStore();
        Rescind rescind = rescind(store, storeClock(), AnswerTimes.none());
        FulfillmentOrderId id = acceptedOrder(rescind);
        FulfillmentOrder before = order(rescind, id);

        Either<Rejection, Applied<FulfillmentOrder>> refused = rescind.fulfillmentOrders().sendCancellationRequest(
                merchant, id, Option.none(), Option.some(storeClock().instant().minus(Duration.ofMinutes(1))));

        assertThat(refused.getLeft()).isInstanceOf(Rejection.InvalidInput.class);
        assertThat(((Rejection.InvalidInput) refused.getLeft()).errors().get(0).path()).isEqualTo("answerBy");
        assertThat(order(rescind, id)).isEqualTo(before);
        assertThat(store.deadlines().pending()).isZero();
    }

    private Rescind rescind(RescindStore store, Clock clock, AnswerTimes answerTimes) {
        return Rescind.builder().store(store).clock(clock).answerTimes(answerTimes).build();
    }

    /** An order its fulfillment service accepted: the state a cancellation request is sent from. */
    private FulfillmentOrderId acceptedOrder(Rescind rescind) {
        FulfillmentOrderId id = new FulfillmentOrderId(freshId());
        ok(rescind.fulfillmentOrders().create(merchant, StoreFixture.newFulfillmentOrder(id)));
        ok(rescind.fulfillmentOrders().submitFulfillmentRequest(merchant, id, Option.none()));
        ok(rescind.fulfillmentOrders().acceptFulfillmentRequest(service, id, Option.none()));
        return id;
    }

    /** A new order of the service's with a fulfill-by date. */
    private FulfillmentOrderId orderDueBy(Rescind rescind, Instant fulfillBy) {
        FulfillmentOrderId id = new FulfillmentOrderId(freshId());
        var details = StoreFixture.newFulfillmentOrder(id);
        ok(rescind.fulfillmentOrders().create(merchant, new dev.rescind.domain.fulfillment.NewFulfillmentOrder(id,
                details.orderId(), details.assignedLocationId(), details.assignedService(), details.destination(),
                details.origin(), details.lineItems(), details.fulfillAt(), Option.some(fulfillBy))));
        return id;
    }

    private FulfillmentOrder order(Rescind rescind, FulfillmentOrderId id) {
        return rescind.fulfillmentOrders().get(tenant, id).get();
    }

    private List<String> eventTypes(RescindStore store, AggregateType type, String id) {
        return store.events().history(tenant, type, id).stream().map(EventEnvelope::eventType).toList();
    }

    /** Commits a new fulfillment order with a deadline on it, due at {@code due}, in one commit. */
    private Deadline scheduled(RescindStore store, Instant due) {
        Commit commit = withDeadline(StoreFixture.createFulfillmentOrder(tenant, freshId()), due);
        StoreFixture.commitOrFail(store, commit);
        return commit.deadlines().get(0);
    }

    private Commit withDeadline(Decision<FulfillmentOrder> decision, Instant due) {
        FulfillmentOrder order = decision.aggregate();
        Deadline deadline = new Deadline(freshId(), tenant, Deadline.Kind.ANSWER_BY, AggregateType.FULFILLMENT_ORDER,
                order.id().value(), freshId(), due);
        return new Commit(tenant, StoreFixture.writes(decision), Option.none(), Commit.Effects.NONE,
                List.of(deadline));
    }
}
