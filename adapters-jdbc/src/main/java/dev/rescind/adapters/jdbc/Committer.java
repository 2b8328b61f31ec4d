package dev.rescind.adapters.jdbc;

import dev.rescind.adapters.jdbc.DocumentCodec.DocumentException;
import dev.rescind.application.port.Commit;
import dev.rescind.application.port.CommitConflict;
import dev.rescind.application.port.UnitOfWork;
import dev.rescind.application.port.Write;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link UnitOfWork#commit} in SQL: in one transaction, every aggregate row by version-guarded update or by
 * insert, then the events, then the idempotency record, then the planned effects. The database decides every race: the row count of
 * the guarded update, and the unique keys on aggregate ids, event versions, idempotency keys and open
 * cancellation requests. When one refuses, the transaction is undone and the conflict is named as the
 * in-memory store names it: a version conflict first, then a taken idempotency key, then an open request.
 */
final class Committer {

    private static final Comparator<Write> WRITING_ORDER = Comparator
            .comparing((Write write) -> write.aggregate() instanceof CancellationRequest request && request.isOpen())
            .thenComparing(write -> write.aggregate().type())
            .thenComparing(write -> write.aggregate().id().value());

    private final Transactions transactions;
    private final Dialect dialect;
    private final Map<AggregateType, AggregateTable<?>> tables;
    private final EventTable events;
    private final IdempotencyTable idempotency;
    private final EffectOutboxTable effects;
    private final DeadlineTable deadlines;
    private final String openRequestIndex;

    /** {@code openRequestIndex}: the unique index whose violation means a target's request is open already. */
    Committer(Transactions transactions, Dialect dialect, Map<AggregateType, AggregateTable<?>> tables,
            EventTable events, IdempotencyTable idempotency, EffectOutboxTable effects, DeadlineTable deadlines,
            String openRequestIndex) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.tables = tables;
        this.events = events;
        this.idempotency = idempotency;
        this.effects = effects;
        this.deadlines = deadlines;
        this.openRequestIndex = openRequestIndex;
    }

    Either<CommitConflict, UnitOfWork.Committed> commit(Commit commit) {
        Documents documents = documents(commit);
        Either<Refusal, UnitOfWork.Committed> outcome = transactions.atomically("commit",
                connection -> write(connection, commit, documents));
        if (outcome.isRight()) {
            return Either.right(outcome.get());
        }
        return Either.left(transactions.read("naming the conflict of a commit",
                connection -> conflictOf(connection, commit, outcome.getLeft())));
    }

    /**
     * Every document of a commit, written before its transaction opens, so that the transaction holds its locks
     * only for its statements.
     */
    private Documents documents(Commit commit) {
        try {
            Map<Write, String> aggregates = new IdentityHashMap<>();
            List<String> eventDocuments = new ArrayList<>(commit.writes().size());
            for (Write write : commit.writes()) {
                aggregates.put(write, documentOf(write.aggregate()));
                eventDocuments.add(events.document(write.event()));
            }
            return new Documents(aggregates, eventDocuments, commit.idempotencyRecord().map(idempotency::document),
                    commit.effects().planned().stream().map(effects::document).toList());
        } catch (DocumentException unstorable) {
            throw Transactions.unreadable("commit", unstorable);
        }
    }

    @SuppressWarnings("unchecked")
    private <A extends Aggregate> String documentOf(A aggregate) {
        return ((AggregateTable<A>) tables.get(aggregate.type())).document(aggregate);
    }

    private Either<Refusal, UnitOfWork.Committed> write(Connection connection, Commit commit, Documents documents)
            throws SQLException {
        List<Write> ordered = inWritingOrder(commit.writes());
        for (int start = 0; start < ordered.size(); ) {
            int end = batchEnd(ordered, start);
            Either<Refusal, Void> stored = end - start > 1
                    ? updateAll(connection, ordered.subList(start, end), documents.aggregates())
                    : store(connection, ordered.get(start), documents.aggregates().get(ordered.get(start)));
            if (stored.isLeft()) {
                return Either.left(stored.getLeft());
            }
            start = end;
        }
        if (dialect.sendsStatementsTogether() && commit.writes().size() == 1
                && commit.idempotencyRecord().isDefined()) {
            if (!appendWithRecord(connection, commit, documents)) {
                return Either.left(new Refusal.KeyTaken());
            }
        } else {
            events.append(connection, commit.writes().stream().map(Write::event).toList(), documents.events());
            if (commit.idempotencyRecord().isDefined()) {
                try {
                    idempotency.insert(connection, commit.idempotencyRecord().get(),
                            documents.idempotencyRecord().get());
                } catch (SQLException failure) {
                    if (dialect.isAnyUniqueViolation(failure)) {
                        return Either.left(new Refusal.KeyTaken());
                    }
                    throw failure;
                }
            }
        }
        if (!commit.effects().planned().isEmpty()) {
            effects.insert(connection, commit.effects().planned(), documents.effects(), commit.effects().heldBy(),
                    commit.effects().heldFor());
        }
        if (!commit.deadlines().isEmpty()) {
            deadlines.insert(connection, commit.deadlines());
        }
        return Either.right(new UnitOfWork.Committed(commit.writes().size()));
    }

    /**
     * The event of a one-write commit and its idempotency record in one round trip; false when the key is
     * taken.
     */
    private boolean appendWithRecord(Connection connection, Commit commit, Documents documents)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                events.insertSql() + ";\n" + idempotency.insertSql())) {
            events.bind(statement, 0, commit.writes().get(0).event(), documents.events().get(0));
            idempotency.bindInsert(statement, EventTable.INSERT_PARAMETERS, commit.idempotencyRecord().get(),
                    documents.idempotencyRecord().get());
            statement.execute();
            return true;
        } catch (SQLException failure) {
            if (dialect.violates(failure, idempotency.primaryKey())) {
                return false;
            }
            throw failure;
        }
    }

    /**
     * The commit's writes, with requests that open last: a commit that answers one request of a target and
     * opens another must free the open-request index before it takes it again. Otherwise by type and id, so
     * that every commit locks rows in one order and two commits of overlapping batches cannot deadlock.
     */
    private static List<Write> inWritingOrder(List<Write> writes) {
        List<Write> ordered = new ArrayList<>(writes);
        ordered.sort(WRITING_ORDER);
        return ordered;
    }

    /**
     * Where the run of writes from {@code start} that can go to the database as one JDBC batch ends: updates
     * of one aggregate type. Cancellation requests go alone, because their updates can hit the open-request
     * index, and a batch would not tell which one did.
     */
    private static int batchEnd(List<Write> writes, int start) {
        Write first = writes.get(start);
        int end = start + 1;
        if (!batchable(first)) {
            return end;
        }
        while (end < writes.size() && batchable(writes.get(end))
                && writes.get(end).aggregate().type() == first.aggregate().type()) {
            end++;
        }
        return end;
    }

    private static boolean batchable(Write write) {
        return !write.expectedVersion().equals(Version.NONE) && !(write.aggregate() instanceof CancellationRequest);
    }

    /**
     * The version-guarded updates of one table in one JDBC batch; each statement's row count tells whether its
     * row was still at the expected version. Where the driver may not count (MariaDB, as configured), the batch
     * runs inside a savepoint, and without counts it is undone and the updates run one by one.
     */
    @SuppressWarnings("unchecked")
    private <A extends Aggregate> Either<Refusal, Void> updateAll(Connection connection, List<Write> writes,
            Map<Write, String> documents) throws SQLException {
        AggregateTable<A> table = (AggregateTable<A>) tables.get(writes.get(0).aggregate().type());
        Savepoint savepoint = dialect.countsBatchedUpdates() ? null : connection.setSavepoint();
        int[] counts;
        try (PreparedStatement statement = connection.prepareStatement(table.updateSql())) {
            for (Write write : writes) {
                table.bindUpdate(statement, (A) write.aggregate(), write.expectedVersion(), documents.get(write));
                statement.addBatch();
            }
            counts = statement.executeBatch();
        }
        boolean counted = counts.length == writes.size();
        for (int index = 0; counted && index < counts.length; index++) {
            if (counts[index] == 0) {
                return Either.left(new Refusal.VersionMismatch(writes.get(index)));
            }
            counted = counts[index] == 1;
        }
        if (counted) {
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return Either.right(null);
        }
        if (savepoint == null) {
            throw new SQLException("the driver did not count the rows of a batch of updates");
        }
        connection.rollback(savepoint);
        for (Write write : writes) {
            Either<Refusal, Void> stored = store(connection, write, documents.get(write));
            if (stored.isLeft()) {
                return stored;
            }
        }
        return Either.right(null);
    }

    private Either<Refusal, Void> store(Connection connection, Write write, String document) throws SQLException {
        Aggregate aggregate = write.aggregate();
        try {
            if (write.expectedVersion().equals(Version.NONE)) {
                insert(connection, aggregate, document);
                return Either.right(null);
            }
            return update(connection, aggregate, write.expectedVersion(), document)
                    ? Either.right(null)
                    : Either.left(new Refusal.VersionMismatch(write));
        } catch (SQLException failure) {
            if (aggregate instanceof CancellationRequest request
                    && dialect.violates(failure, openRequestIndex)) {
                return Either.left(new Refusal.OpenRequestTaken(request.target()));
            }
            if (dialect.isAnyUniqueViolation(failure)) {
                return Either.left(new Refusal.VersionMismatch(write));
            }
            throw failure;
        }
    }

    @SuppressWarnings("unchecked")
    private <A extends Aggregate> void insert(Connection connection, A aggregate, String document)
            throws SQLException {
        ((AggregateTable<A>) tables.get(aggregate.type())).insert(connection, aggregate, document);
    }

    @SuppressWarnings("unchecked")
    private <A extends Aggregate> boolean update(Connection connection, A aggregate, Version expected,
            String document) throws SQLException {
        return ((AggregateTable<A>) tables.get(aggregate.type())).update(connection, aggregate, expected, document);
    }

    /** Names the first conflict of a refused commit, reading what the winners committed. */
    private CommitConflict conflictOf(Connection connection, Commit commit, Refusal refusal) throws SQLException {
        if (refusal instanceof Refusal.KeyTaken) {
            return new CommitConflict.IdempotencyKeyTaken(commit.idempotencyRecord().get().key());
        }
        for (Write write : commit.writes()) {
            Version stored = storedVersion(connection, write);
            if (!stored.equals(write.expectedVersion())) {
                return versionConflict(write, stored);
            }
        }
        if (refusal instanceof Refusal.VersionMismatch mismatch) {
            // The winner's row vanished from view (a host transaction's snapshot); report what was refused.
            return versionConflict(mismatch.write(), storedVersion(connection, mismatch.write()));
        }
        if (commit.idempotencyRecord().isDefined() && idempotency.exists(connection, commit.tenant(),
                commit.idempotencyRecord().get().key())) {
            return new CommitConflict.IdempotencyKeyTaken(commit.idempotencyRecord().get().key());
        }
        return new CommitConflict.OpenCancellationRequestExists(((Refusal.OpenRequestTaken) refusal).target());
    }

    private Version storedVersion(Connection connection, Write write) throws SQLException {
        Aggregate aggregate = write.aggregate();
        return tables.get(aggregate.type()).versionOf(connection, aggregate.tenant(), aggregate.id().value());
    }

    private static CommitConflict versionConflict(Write write, Version stored) {
        Aggregate aggregate = write.aggregate();
        return new CommitConflict.VersionConflict(aggregate.type(), aggregate.id().value(), write.expectedVersion(),
                stored);
    }

    /** A commit's documents: each write's aggregate, its events in order, the idempotency record's. */
    private record Documents(Map<Write, String> aggregates, List<String> events, Option<String> idempotencyRecord,
            List<String> effects) {
    }

    /** What the database refused, before the conflict is named. */
    private sealed interface Refusal {

        record VersionMismatch(Write write) implements Refusal {
        }

        record KeyTaken() implements Refusal {
        }

        record OpenRequestTaken(CancellationTarget target) implements Refusal {
        }
    }
}
