package dev.rescind.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.BatchItem;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.application.port.CancellationRequests;
import dev.rescind.application.port.Deadlines;
import dev.rescind.application.port.EffectJournal;
import dev.rescind.application.port.EffectOutbox;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.FulfillmentOrders;
import dev.rescind.application.port.IdempotencyRecords;
import dev.rescind.application.port.Repository;
import dev.rescind.application.port.RescindStore;
import dev.rescind.application.port.Returns;
import dev.rescind.application.port.Shipments;
import dev.rescind.application.port.UnitOfWork;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.testkit.contract.StoreFixture;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Commits that lose a race, made to lose it: before each of the first commits of the service under test,
 * another service instance on the same store moves the shipment's pickup window, so that the commit meets a
 * newer version than the one it decided on.
 */
class PipelineConflictTest {

    private static final int MAX_ATTEMPTS = 3;

    private final InMemoryStore shared = new InMemoryStore();
    private final Rescind rival = Rescind.builder().store(shared).build();
    private final TenantId tenant = StoreFixture.freshTenant();
    private final CommandContext merchant = CommandContext.of(tenant, StoreFixture.MERCHANT);
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger reschedules = new AtomicInteger();

    @Test
    void a_commit_that_lost_a_race_is_decided_again_on_fresh_state_and_wins() {
        ShipmentId id = scheduledShipment();
        Rescind subject = racedFor(MAX_ATTEMPTS - 1, id);

        Either<Rejection, Applied<Shipment>> cancelled = subject.shipments().cancel(merchant, id, Option.none());

        assertThat(cancelled.get().aggregate().status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(commits).hasValue(MAX_ATTEMPTS);
        assertThat(stored(id).version()).isEqualTo(new Version(2 + MAX_ATTEMPTS));
    }

    @Test
    void a_race_lost_on_every_attempt_is_a_concurrent_modification_and_changes_nothing() {
        ShipmentId id = scheduledShipment();
        Rescind subject = racedFor(MAX_ATTEMPTS, id);

        Either<Rejection, Applied<Shipment>> refused = subject.shipments().cancel(merchant, id, Option.none());

        assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.ConcurrentModification.class, conflict -> {
            assertThat(conflict.id()).isEqualTo(id.value());
            assertThat(conflict.expected()).isEqualTo(new Version(1 + MAX_ATTEMPTS));
        });
        assertThat(commits).hasValue(MAX_ATTEMPTS);
        assertThat(stored(id).status()).isEqualTo(ShipmentStatus.SCHEDULED);
        assertThat(stored(id).version()).isEqualTo(new Version(2 + MAX_ATTEMPTS));
    }

    @Test
    void a_race_lost_under_a_version_the_caller_expects_is_refused_at_once_naming_both_versions() {
        ShipmentId id = scheduledShipment();
        Rescind subject = racedFor(1, id);

        Either<Rejection, Applied<Shipment>> refused = subject.shipments()
                .cancel(merchant.expectingVersion(new Version(2)), id, Option.none());

        assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.ConcurrentModification.class, conflict -> {
            assertThat(conflict.expected()).isEqualTo(new Version(2));
            assertThat(conflict.actual()).isEqualTo(new Version(3));
        });
        assertThat(commits).as("not decided again").hasValue(1);
        assertThat(stored(id).status()).isEqualTo(ShipmentStatus.SCHEDULED);
    }

    @Test
    void a_batch_member_that_lost_a_race_is_decided_again_alone_and_the_others_commit_without_it() {
        ShipmentId first = scheduledShipment();
        ShipmentId raced = scheduledShipment();
        ShipmentId last = scheduledShipment();
        Rescind subject = racedFor(1, raced);

        List<BatchItem<Shipment>> answers = subject.shipments()
                .cancelAll(merchant, List.of(first, raced, last), Option.none()).get();

        assertThat(answers).extracting(BatchItem::id).containsExactly(first.value(), raced.value(), last.value());
        assertThat(answers).allSatisfy(answer -> assertThat(answer.outcome().get().aggregate().status())
                .isEqualTo(ShipmentStatus.CANCELLED));
        assertThat(commits).as("the batch, the batch without the raced one, the raced one alone").hasValue(3);
        assertThat(stored(first).version()).isEqualTo(new Version(3));
        assertThat(stored(raced).version()).as("created, scheduled twice, cancelled").isEqualTo(new Version(4));
        assertThat(stored(last).version()).isEqualTo(new Version(3));
    }

    private ShipmentId scheduledShipment() {
        ShipmentId id = new ShipmentId(StoreFixture.freshId());
        rival.shipments().create(merchant, StoreFixture.newShipment(id)).get();
        rival.shipments().schedule(merchant, id, window(0), Option.none())
                .getOrElseThrow(refused -> new AssertionError(refused.message()));
        return id;
    }

    /** A service whose first {@code races} commits each find {@code target} moved just before. */
    private Rescind racedFor(int races, ShipmentId target) {
        RescindStore racing = new Racing(shared, () -> {
            if (commits.incrementAndGet() <= races) {
                rival.shipments().schedule(merchant, target, window(reschedules.incrementAndGet()), Option.none())
                        .get();
            }
        });
        return Rescind.builder().store(racing).maxAttempts(MAX_ATTEMPTS).build();
    }

    /** A window ahead of the services' clock, one hour later for each move. */
    private static PickupWindow window(int hoursLater) {
        Instant start = Instant.now().plus(Duration.ofHours(24 + hoursLater));
        return new PickupWindow(start, start.plus(Duration.ofHours(2)), ZoneId.of("Europe/Berlin"));
    }

    private Shipment stored(ShipmentId id) {
        return shared.shipments().find(tenant, id).get();
    }

    /** The shared store, with something run before each commit. */
    private record Racing(RescindStore store, Runnable beforeCommit) implements RescindStore {

        @Override
        public <A extends Aggregate, I extends AggregateId, S extends Enum<S>> Repository<A, I, S> repository(
                AggregateDescriptor<A, I, S> descriptor) {
            return store.repository(descriptor);
        }

        @Override
        public Shipments shipments() {
            return store.shipments();
        }

        @Override
        public Returns returns() {
            return store.returns();
        }

        @Override
        public FulfillmentOrders fulfillmentOrders() {
            return store.fulfillmentOrders();
        }

        @Override
        public CancellationRequests cancellationRequests() {
            return store.cancellationRequests();
        }

        @Override
        public EventLog events() {
            return store.events();
        }

        @Override
        public IdempotencyRecords idempotency() {
            return store.idempotency();
        }

        @Override
        public EffectJournal effects() {
            return store.effects();
        }

        @Override
        public EffectOutbox effectOutbox() {
            return store.effectOutbox();
        }

        @Override
        public Deadlines deadlines() {
            return store.deadlines();
        }

        @Override
        public UnitOfWork unitOfWork() {
            UnitOfWork unitOfWork = store.unitOfWork();
            return commit -> {
                beforeCommit.run();
                return unitOfWork.commit(commit);
            };
        }
    }
}
