package dev.rescind.adapters.inmemory.contract;

import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.port.CancellationRequests;
import dev.rescind.application.port.Commit;
import dev.rescind.application.port.CommitConflict;
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
import dev.rescind.testkit.contract.EffectsContract;
import dev.rescind.testkit.contract.HostTransaction;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

class InMemoryEffectsContractTest extends EffectsContract {

    @Override
    protected RescindStore store() {
        return InMemoryStoreFixture.SHARED;
    }

    @Override
    protected RescindStore emptyStore() {
        return new InMemoryStore();
    }

    @Override
    protected HostTransaction beginHostTransaction(RescindStore store) {
        return new Deferred(store);
    }

    /**
     * A host's transaction over the in-memory store: its commits are held back and handed to the store when the
     * host commits, and dropped when it rolls back. Reads see the store as committed, which is all one command
     * per transaction needs.
     */
    private static final class Deferred extends HostTransaction implements RescindStore {
        private final RescindStore committed;
        private final List<Commit> held = new ArrayList<>();

        Deferred(RescindStore committed) {
            this.committed = committed;
        }

        @Override
        public RescindStore store() {
            return this;
        }

        @Override
        protected void commitWork() {
            held.forEach(commit -> committed.unitOfWork().commit(commit).getOrElseThrow(
                    conflict -> new IllegalStateException("the held commit conflicts: " + conflict)));
            held.clear();
        }

        @Override
        protected void rollbackWork() {
            held.clear();
        }

        @Override
        public void close() {
            held.clear();
        }

        @Override
        public UnitOfWork unitOfWork() {
            return commit -> {
                held.add(commit);
                return Either.<CommitConflict, UnitOfWork.Committed>right(
                        new UnitOfWork.Committed(commit.writes().size()));
            };
        }

        @Override
        public <A extends Aggregate, I extends AggregateId, S extends Enum<S>> Repository<A, I, S> repository(
                AggregateDescriptor<A, I, S> descriptor) {
            return committed.repository(descriptor);
        }

        @Override
        public Shipments shipments() {
            return committed.shipments();
        }

        @Override
        public Returns returns() {
            return committed.returns();
        }

        @Override
        public FulfillmentOrders fulfillmentOrders() {
            return committed.fulfillmentOrders();
        }

        @Override
        public CancellationRequests cancellationRequests() {
            return committed.cancellationRequests();
        }

        @Override
        public EventLog events() {
            return committed.events();
        }

        @Override
        public IdempotencyRecords idempotency() {
            return committed.idempotency();
        }

        @Override
        public EffectJournal effects() {
            return committed.effects();
        }

        @Override
        public EffectOutbox effectOutbox() {
            return committed.effectOutbox();
        }

        @Override
        public Deadlines deadlines() {
            return committed.deadlines();
        }
    }
}
