package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.changed;
import static dev.rescind.testkit.contract.StoreFixture.commitOf;
import static dev.rescind.testkit.contract.StoreFixture.committed;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.port.Commit;
import dev.rescind.application.port.CommitConflict;
import dev.rescind.application.port.IdempotencyRecord;
import dev.rescind.application.port.UnitOfWork;
import dev.rescind.application.port.Write;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.cancellation.Responder;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import dev.rescind.domain.shipment.Shipment;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@link UnitOfWork} port's contract: version checks, creations, all-or-nothing, idempotency keys, at
 * most one open cancellation request per target, and exactly one winner among racing commits. See
 * {@link StoreContract} for the hooks.
 */
public abstract class UnitOfWorkContract extends StoreContract {

    private static final int RACERS = 8;

    @Test
    void a_commit_stores_every_write_its_events_and_its_idempotency_record() {
        TenantId tenant = freshTenant();
        Return created = committed(store(), StoreFixture.createReturn(tenant, freshId()));
        Decision<Return> requested = StoreFixture.requestCancellation(created, freshId());
        IdempotencyKey key = new IdempotencyKey(freshId());
        List<Write> writes = StoreFixture.writes(requested, Option.some(key));
        IdempotencyRecord record = StoreFixture.idempotencyRecord(tenant, key, requested, writes);

        Either<CommitConflict, UnitOfWork.Committed> result = store().unitOfWork()
                .commit(new Commit(tenant, writes, Option.some(record)));

        assertThat(result.isRight()).isTrue();
        assertThat(result.get().writes()).isEqualTo(2);
        for (Write write : writes) {
            assertThat(StoreFixture.read(store(), write.aggregate())).containsExactly(write.aggregate());
            assertThat(store().events().history(tenant, write.aggregate().type(), write.aggregate().id().value()))
                    .last().isEqualTo(write.event());
        }
        assertThat(store().idempotency().find(tenant, key)).containsExactly(record);
    }

    @Test
    void a_write_from_a_version_that_is_no_longer_stored_conflicts_and_stores_nothing() {
        TenantId tenant = freshTenant();
        Shipment created = committed(store(), StoreFixture.createShipment(tenant, freshId()));
        Shipment cancelled = committed(store(), StoreFixture.cancel(created));
        Decision<Shipment> stale = StoreFixture.cancel(created);
        long eventsBefore = history(created).size();

        Either<CommitConflict, UnitOfWork.Committed> result = store().unitOfWork().commit(commitOf(stale));

        assertThat(result.getLeft()).isEqualTo(new CommitConflict.VersionConflict(AggregateType.SHIPMENT,
                created.id().value(), Version.FIRST, cancelled.version()));
        assertThat(store().shipments().find(tenant, created.id())).containsExactly(cancelled);
        assertThat(history(created)).hasSize((int) eventsBefore);
    }

    @Test
    void a_write_ahead_of_the_stored_version_conflicts() {
        TenantId tenant = freshTenant();
        Return created = committed(store(), StoreFixture.createReturn(tenant, freshId()));
        Return announced = StoreFixture.accepted(created.decide(StoreFixture.CARRIER,
                new ReturnCommand.Announce(), StoreFixture.NOW)).aggregate();
        Decision<Return> skipped = StoreFixture.requestCancellation(announced, freshId());

        Either<CommitConflict, UnitOfWork.Committed> result = store().unitOfWork().commit(commitOf(skipped));

        assertThat(result.getLeft()).isEqualTo(new CommitConflict.VersionConflict(AggregateType.RETURN,
                created.id().value(), announced.version(), created.version()));
        assertThat(store().returns().find(tenant, created.id())).containsExactly(created);
        assertThat(store().cancellationRequests().find(tenant,
                changed(skipped, CancellationRequest.class).id()).isEmpty()).isTrue();
    }

    @Test
    void creating_an_id_that_exists_conflicts_with_the_stored_version() {
        TenantId tenant = freshTenant();
        String id = freshId();
        Shipment first = committed(store(), StoreFixture.createShipment(tenant, id));

        Either<CommitConflict, UnitOfWork.Committed> result = store().unitOfWork()
                .commit(commitOf(StoreFixture.createShipment(tenant, id)));

        assertThat(result.getLeft()).isEqualTo(new CommitConflict.VersionConflict(AggregateType.SHIPMENT, id,
                Version.NONE, Version.FIRST));
        assertThat(store().shipments().find(tenant, first.id())).containsExactly(first);
        assertThat(history(first)).hasSize(1);
    }

    @Test
    void one_id_names_different_aggregates_in_different_tenants_and_of_different_types() {
        String id = freshId();
        TenantId tenant = freshTenant();
        Shipment shipment = committed(store(), StoreFixture.createShipment(tenant, id));
        Return aReturn = committed(store(), StoreFixture.createReturn(tenant, id));
        Shipment elsewhere = committed(store(), StoreFixture.createShipment(freshTenant(), id));

        assertThat(StoreFixture.read(store(), shipment)).containsExactly(shipment);
        assertThat(StoreFixture.read(store(), aReturn)).containsExactly(aReturn);
        assertThat(StoreFixture.read(store(), elsewhere)).containsExactly(elsewhere);
    }

    @Test
    void a_commit_with_one_conflicting_write_stores_none_of_its_writes_events_or_record() {
        TenantId tenant = freshTenant();
        Shipment fresh = StoreFixture.createShipment(tenant, freshId()).aggregate();
        Shipment existing = committed(store(), StoreFixture.createShipment(tenant, freshId()));
        committed(store(), StoreFixture.cancel(existing));
        IdempotencyKey key = new IdempotencyKey(freshId());
        List<Write> writes = new ArrayList<>(StoreFixture.writes(StoreFixture.createShipment(tenant,
                fresh.id().value())));
        Decision<Shipment> stale = StoreFixture.cancel(existing);
        writes.addAll(StoreFixture.writes(stale));
        IdempotencyRecord record = StoreFixture.idempotencyRecord(tenant, key, stale, writes);

        Either<CommitConflict, UnitOfWork.Committed> result = store().unitOfWork()
                .commit(new Commit(tenant, writes, Option.some(record)));

        assertThat(result.getLeft()).isInstanceOf(CommitConflict.VersionConflict.class);
        assertThat(store().shipments().find(tenant, fresh.id()).isEmpty()).isTrue();
        assertThat(history(fresh)).isEmpty();
        assertThat(history(existing)).hasSize(2);
        assertThat(store().idempotency().find(tenant, key).isEmpty()).isTrue();
    }

    @Test
    void a_taken_idempotency_key_refuses_the_whole_commit_and_keeps_the_first_record() {
        TenantId tenant = freshTenant();
        IdempotencyKey key = new IdempotencyKey(freshId());
        Decision<Shipment> first = StoreFixture.createShipment(tenant, freshId());
        List<Write> firstWrites = StoreFixture.writes(first, Option.some(key));
        IdempotencyRecord firstRecord = StoreFixture.idempotencyRecord(tenant, key, first, firstWrites);
        StoreFixture.commitOrFail(store(), new Commit(tenant, firstWrites, Option.some(firstRecord)));
        Decision<Shipment> second = StoreFixture.createShipment(tenant, freshId());
        List<Write> secondWrites = StoreFixture.writes(second, Option.some(key));

        Either<CommitConflict, UnitOfWork.Committed> result = store().unitOfWork().commit(new Commit(tenant,
                secondWrites, Option.some(StoreFixture.idempotencyRecord(tenant, key, second, secondWrites))));

        assertThat(result.getLeft()).isEqualTo(new CommitConflict.IdempotencyKeyTaken(key));
        assertThat(store().shipments().find(tenant, second.aggregate().id()).isEmpty()).isTrue();
        assertThat(store().idempotency().find(tenant, key)).containsExactly(firstRecord);
    }

    @Test
    void the_same_idempotency_key_in_another_tenant_is_another_key() {
        IdempotencyKey key = new IdempotencyKey(freshId());
        for (TenantId tenant : List.of(freshTenant(), freshTenant())) {
            Decision<Shipment> created = StoreFixture.createShipment(tenant, freshId());
            List<Write> writes = StoreFixture.writes(created, Option.some(key));
            IdempotencyRecord record = StoreFixture.idempotencyRecord(tenant, key, created, writes);

            StoreFixture.commitOrFail(store(), new Commit(tenant, writes, Option.some(record)));

            assertThat(store().idempotency().find(tenant, key)).containsExactly(record);
        }
    }

    @Test
    void a_commit_without_writes_stores_its_idempotency_record() {
        TenantId tenant = freshTenant();
        IdempotencyKey key = new IdempotencyKey(freshId());
        Decision<Shipment> unchanged = Decision.unchanged(committed(store(),
                StoreFixture.createShipment(tenant, freshId())));
        IdempotencyRecord record = StoreFixture.idempotencyRecord(tenant, key, unchanged, List.of());

        Either<CommitConflict, UnitOfWork.Committed> result = store().unitOfWork()
                .commit(new Commit(tenant, List.of(), Option.some(record)));

        assertThat(result.get().writes()).isZero();
        assertThat(store().idempotency().find(tenant, key)).containsExactly(record);
        assertThat(history(unchanged.aggregate())).hasSize(1);
    }

    @Test
    void a_second_open_cancellation_request_for_a_target_is_refused_until_the_first_is_answered() {
        TenantId tenant = freshTenant();
        Return created = committed(store(), StoreFixture.createReturn(tenant, freshId()));
        Decision<Return> requested = StoreFixture.requestCancellation(created, freshId());
        committed(store(), requested);
        CancellationRequest open = changed(requested, CancellationRequest.class);
        Decision<CancellationRequest> another = openRequest(open.target(), tenant);

        Either<CommitConflict, UnitOfWork.Committed> refused = store().unitOfWork().commit(commitOf(another));

        assertThat(refused.getLeft()).isEqualTo(new CommitConflict.OpenCancellationRequestExists(open.target()));
        assertThat(store().cancellationRequests().find(tenant, another.aggregate().id()).isEmpty()).isTrue();
        assertThat(store().cancellationRequests().forTarget(tenant, open.target())).containsExactly(open);

        committed(store(), StoreFixture.declineCancellation(requested.aggregate(), open));
        Decision<CancellationRequest> afterAnswer = openRequest(open.target(), tenant);
        assertThat(store().unitOfWork().commit(commitOf(afterAnswer)).isRight()).isTrue();
    }

    @Test
    void two_open_cancellation_requests_for_one_target_in_one_commit_are_refused() {
        TenantId tenant = freshTenant();
        CancellationTarget target = new CancellationTarget(AggregateType.FULFILLMENT_ORDER, freshId());
        List<Write> writes = new ArrayList<>(StoreFixture.writes(openRequest(target, tenant)));
        writes.addAll(StoreFixture.writes(openRequest(target, tenant)));

        Either<CommitConflict, UnitOfWork.Committed> result = store().unitOfWork()
                .commit(new Commit(tenant, writes, Option.none()));

        assertThat(result.getLeft()).isEqualTo(new CommitConflict.OpenCancellationRequestExists(target));
        assertThat(store().cancellationRequests().forTarget(tenant, target)).isEmpty();
    }

    @Test
    void open_cancellation_requests_of_other_targets_and_other_tenants_do_not_conflict() {
        TenantId tenant = freshTenant();
        CancellationTarget target = new CancellationTarget(AggregateType.RETURN, freshId());
        List<Decision<CancellationRequest>> opened = List.of(openRequest(target, tenant),
                openRequest(new CancellationTarget(AggregateType.FULFILLMENT_ORDER, target.id()), tenant),
                openRequest(new CancellationTarget(AggregateType.RETURN, freshId()), tenant),
                openRequest(target, freshTenant()));

        for (Decision<CancellationRequest> decision : opened) {
            assertThat(store().unitOfWork().commit(commitOf(decision)).isRight()).as("%s", decision.aggregate())
                    .isTrue();
        }
    }

    @Test
    void a_commit_never_spans_tenants() {
        TenantId tenant = freshTenant();
        Decision<Shipment> foreign = StoreFixture.createShipment(freshTenant(), freshId());

        assertThatThrownBy(() -> new Commit(tenant, StoreFixture.writes(foreign), Option.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store().shipments().find(foreign.aggregate().tenant(), foreign.aggregate().id()).isEmpty())
                .isTrue();
    }

    @Test
    void of_commits_racing_from_one_version_exactly_one_wins() throws Exception {
        for (int round = 0; round < 10; round++) {
            TenantId tenant = freshTenant();
            Shipment created = committed(store(), StoreFixture.createShipment(tenant, freshId()));
            List<Callable<Either<CommitConflict, UnitOfWork.Committed>>> racers = new ArrayList<>();
            for (int racer = 0; racer < RACERS; racer++) {
                Decision<Shipment> cancel = StoreFixture.cancel(created);
                racers.add(() -> store().unitOfWork().commit(commitOf(cancel)));
            }

            List<Either<CommitConflict, UnitOfWork.Committed>> results = race(racers);

            assertThat(results).filteredOn(Either::isRight).hasSize(1);
            assertThat(results).filteredOn(Either::isLeft).allSatisfy(result -> assertThat(result.getLeft())
                    .isInstanceOf(CommitConflict.VersionConflict.class));
            assertThat(history(created)).extracting(event -> event.version().value()).containsExactly(1L, 2L);
        }
    }

    @Test
    void of_commits_racing_with_one_idempotency_key_exactly_one_wins() throws Exception {
        for (int round = 0; round < 10; round++) {
            TenantId tenant = freshTenant();
            IdempotencyKey key = new IdempotencyKey(freshId());
            List<Callable<Either<CommitConflict, UnitOfWork.Committed>>> racers = new ArrayList<>();
            for (int racer = 0; racer < RACERS; racer++) {
                Decision<Shipment> created = StoreFixture.createShipment(tenant, freshId());
                List<Write> writes = StoreFixture.writes(created, Option.some(key));
                Commit commit = new Commit(tenant, writes,
                        Option.some(StoreFixture.idempotencyRecord(tenant, key, created, writes)));
                racers.add(() -> store().unitOfWork().commit(commit));
            }

            List<Either<CommitConflict, UnitOfWork.Committed>> results = race(racers);

            assertThat(results).filteredOn(Either::isRight).hasSize(1);
            assertThat(results).filteredOn(Either::isLeft)
                    .allSatisfy(result -> assertThat(result.getLeft()).isEqualTo(
                            new CommitConflict.IdempotencyKeyTaken(key)));
            Shipment winner = (Shipment) store().idempotency().find(tenant, key).get().answer().aggregate();
            assertThat(store().shipments().find(tenant, winner.id())).containsExactly(winner);
        }
    }

    @Test
    void of_commits_racing_to_open_a_request_for_one_target_exactly_one_wins() throws Exception {
        for (int round = 0; round < 10; round++) {
            TenantId tenant = freshTenant();
            CancellationTarget target = new CancellationTarget(AggregateType.RETURN, freshId());
            List<Callable<Either<CommitConflict, UnitOfWork.Committed>>> racers = new ArrayList<>();
            for (int racer = 0; racer < RACERS; racer++) {
                Commit commit = commitOf(openRequest(target, tenant));
                racers.add(() -> store().unitOfWork().commit(commit));
            }

            List<Either<CommitConflict, UnitOfWork.Committed>> results = race(racers);

            assertThat(results).filteredOn(Either::isRight).hasSize(1);
            assertThat(store().cancellationRequests().forTarget(tenant, target)).hasSize(1);
        }
    }

    private List<EventEnvelope> history(Aggregate aggregate) {
        return store().events().history(aggregate.tenant(), aggregate.type(), aggregate.id().value());
    }

    private static Decision<CancellationRequest> openRequest(CancellationTarget target, TenantId tenant) {
        return toDecision(CancellationRequest.open(
                new CancellationRequestId(freshId()), tenant, target, Responder.exactly(StoreFixture.CARRIER),
                StoreFixture.MERCHANT, Option.none(), StoreFixture.NOW));
    }

    private static Decision<CancellationRequest> toDecision(Change change) {
        return new Decision<>((CancellationRequest) change.aggregate(), List.of(change));
    }

    /** Starts every racer at once and answers their results; a racer that throws fails the test. */
    static <T> List<T> race(List<Callable<T>> racers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> racer : racers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return racer.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(1, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
