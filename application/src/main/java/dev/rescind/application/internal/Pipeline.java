package dev.rescind.application.internal;

import dev.rescind.application.Applied;
import dev.rescind.application.BatchItem;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EffectOutcome;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.RescindListener;
import dev.rescind.application.port.Commit;
import dev.rescind.application.port.CommitConflict;
import dev.rescind.application.port.AfterCommit;
import dev.rescind.application.port.IdSupplier;
import dev.rescind.application.port.IdempotencyRecord;
import dev.rescind.application.port.IdempotencyRecords;
import dev.rescind.application.port.PlannedEffect;
import dev.rescind.application.port.RescindStore;
import dev.rescind.application.port.Write;
import dev.rescind.domain.Aggregates;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.Timestamps;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command pipeline: idempotency → load (tenant-scoped) → decide → commit atomically, planned effects
 * included → first attempt at the effects once the commit counts → answer. Values were validated when the command's arguments were built and the actor is
 * authorised by the domain's decision. A conflicting commit is re-decided on fresh state a bounded number of
 * times, unless the caller named the version it expects.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final RescindStore store;
    private final Clock clock;
    private final IdSupplier ids;
    private final EffectAttempts effects;
    private final AfterCommit afterCommit;
    private final String runnerId;
    private final int maxAttempts;
    private final RescindListener listener;
    /** A command without a correlation id gets this prefix and the next number: unique, and no random draw. */
    private final String correlationPrefix;
    private final AtomicLong correlations = new AtomicLong();

    /**
     * @param effects     the first attempt at the effects a commit planned
     * @param afterCommit how the transaction that counts says it committed
     * @param runnerId    who holds the effects a commit planned until their first attempt
     * @param listener    told of every command's outcome
     */
    public Pipeline(RescindStore store, Clock clock, IdSupplier ids, EffectAttempts effects, AfterCommit afterCommit,
            String runnerId, int maxAttempts, RescindListener listener) {
        this.listener = listener;
        this.store = store;
        this.clock = clock;
        this.ids = ids;
        this.effects = effects;
        this.afterCommit = afterCommit;
        this.runnerId = runnerId;
        this.maxAttempts = maxAttempts;
        this.correlationPrefix = ids.nextId() + "-";
    }

    public RescindStore store() {
        return store;
    }

    public IdSupplier ids() {
        return ids;
    }

    public <A extends Aggregate> Either<Rejection, Applied<A>> execute(Operation<A> operation) {
        String correlationId = operation.context().correlationId().getOrElse(this::nextCorrelationId);
        if (listener == RescindListener.NONE) {
            return store.command(() -> decideAndCommit(operation, correlationId));
        }
        long started = System.nanoTime();
        notifying(() -> listener.commandStarted(operation.name(), correlationId));
        Either<Rejection, Applied<A>> outcome = store.command(() -> decideAndCommit(operation, correlationId));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        notifying(() -> {
            if (outcome.isLeft()) {
                listener.commandRefused(operation.name(), outcome.getLeft().code(), took);
            } else if (outcome.get().replayed()) {
                listener.commandReplayed(operation.name(), took);
            } else {
                listener.commandApplied(operation.name(), took);
            }
        });
        return outcome;
    }

    private String nextCorrelationId() {
        return correlationPrefix + Long.toString(correlations.incrementAndGet(), 36);
    }

    /** A listener never changes what Rescind does: what it throws is logged and dropped. */
    private static void notifying(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException failure) {
            LOG.warn("a RescindListener failed: {}", failure.toString());
        }
    }

    private <A extends Aggregate> Either<Rejection, Applied<A>> decideAndCommit(Operation<A> operation,
            String correlationId) {
        CommandContext context = operation.context();
        // Only a command with an idempotency key is ever compared by fingerprint; hashing costs a digest.
        String fingerprint = context.idempotencyKey().isDefined()
                ? Fingerprint.of(operation.name(), context, operation.targetId(), operation.arguments()) : "";
        Option<Version> lastSeen = Option.none();
        int attempt = 0;
        while (attempt < maxAttempts) {
            // Checked on every attempt: a concurrent request with the same key may have committed meanwhile.
            Option<Either<Rejection, Applied<A>>> replay = replay(context, fingerprint);
            if (replay.isDefined()) {
                return replay.get();
            }
            Option<A> current = operation.load().apply(store);
            Option<Rejection> precondition = precondition(operation, current);
            if (precondition.isDefined()) {
                return log(operation, refusedUnlessReplayed(context, fingerprint, precondition.get()));
            }
            lastSeen = current.map(Aggregate::version);
            Option<CancellationRequest> openRequest = openRequestOf(current);
            Instant now = notBeforeLastRecorded(current, openRequest);
            Verdict<A> verdict = operation.decide().decide(current, openRequest, now);
            if (verdict instanceof Verdict.Refused<A> refused) {
                if (refused.recordAnyway().isEmpty()) {
                    return log(operation, refusedUnlessReplayed(context, fingerprint, refused.rejection()));
                }
                // A kept fact is recorded under the key like an applied command, so that a retry replays it.
                Decision<A> fact = refused.recordAnyway().get();
                List<Write> factWrites = writes(context, fact, correlationId);
                Applied<A> recorded = new Applied<>(fact.aggregate(), related(fact),
                        factWrites.stream().map(Write::event).toList(), List.of(), fact.report(), false);
                Option<IdempotencyRecord> record = context.idempotencyKey().map(key -> IdempotencyRecord.refused(
                        context.tenant(), key, fingerprint, recorded, refused.rejection(), now));
                Either<CommitConflict, ?> kept = store.unitOfWork().commit(new Commit(context.tenant(), factWrites,
                        record));
                if (kept.isRight()) {
                    return log(operation, Either.left(refused.rejection()));
                }
                if (kept.getLeft() instanceof CommitConflict.IdempotencyKeyTaken) {
                    return keyTaken(context, fingerprint);
                }
                // Not counted as an attempt: a fact is kept until recorded, and every lost race is another
                // commit's win on this aggregate, so the loop ends once the contention does (ADR 0014).
                continue;
            }
            Verdict.Accepted<A> accepted = (Verdict.Accepted<A>) verdict;
            Decision<A> decision = accepted.decision();
            List<Write> writes = writes(context, decision, correlationId);
            List<PlannedEffect> planned = planned(operation, decision);
            Applied<A> answer = new Applied<>(decision.aggregate(), related(decision),
                    writes.stream().map(Write::event).toList(), List.of(), decision.report(), false);
            Option<IdempotencyRecord> record = context.idempotencyKey()
                    .map(key -> new IdempotencyRecord(context.tenant(), key, fingerprint, answer, now));
            Either<CommitConflict, ?> committed = store.unitOfWork().commit(new Commit(context.tenant(), writes,
                    record, new Commit.Effects(planned, runnerId, effects.settings().lease()),
                    DeadlinePlan.of(decision, ids)));
            if (committed.isRight()) {
                return log(operation, Either.right(afterCommit(operation, planned, answer)));
            }
            CommitConflict conflict = committed.getLeft();
            if (conflict instanceof CommitConflict.IdempotencyKeyTaken) {
                return keyTaken(context, fingerprint);
            }
            if (operation.creation() && conflict instanceof CommitConflict.VersionConflict) {
                return log(operation, Either.left(alreadyExists(operation)));
            }
            if (context.expectedVersion().isDefined()) {
                return log(operation, Either.left(concurrentModification(operation, context.expectedVersion().get(),
                        conflict)));
            }
            attempt++;
            LOG.debug("{} {}: conflict {} on attempt {}, deciding again", operation.name(), operation.targetId(),
                    conflict, attempt);
        }
        return log(operation, Either.left(new Rejection.ConcurrentModification(operation.targetType(),
                operation.targetId(), lastSeen.getOrElse(Version.NONE), lastSeen.getOrElse(Version.NONE).next())));
    }

    /**
     * One command for many aggregates of one kind, with the guarantees of single commands and a fraction of
     * their cost: one load, one decision per aggregate, one commit for all. An aggregate whose version moved
     * meanwhile is taken out and run alone through {@link #execute}, so it is decided again on fresh state;
     * the others are committed without it. Outcomes come back in the order of {@code targetIds}.
     *
     * @param single runs one item as a single command, for the items that lost a race
     */
    public <A extends Aggregate> List<BatchItem<A>> executeBatch(CommandContext context, AggregateType type,
            List<String> targetIds, Function<RescindStore, Map<String, A>> loadAll, BatchDecider<A> decide,
            Function<String, Either<Rejection, Applied<A>>> single) {
        return store.command(() -> decideAndCommitBatch(context, type, targetIds, loadAll, decide, single));
    }

    private <A extends Aggregate> List<BatchItem<A>> decideAndCommitBatch(CommandContext context, AggregateType type,
            List<String> targetIds, Function<RescindStore, Map<String, A>> loadAll, BatchDecider<A> decide,
            Function<String, Either<Rejection, Applied<A>>> single) {
        String correlationId = context.correlationId().getOrElse(this::nextCorrelationId);
        Map<String, A> loaded = loadAll.apply(store);
        Instant now = clock.instant();
        Map<String, Either<Rejection, Applied<A>>> outcomes = new HashMap<>();
        Map<String, Decision<A>> pending = new LinkedHashMap<>();
        for (String id : targetIds) {
            A current = loaded.get(id);
            if (current == null) {
                outcomes.put(id, Either.left(new Rejection.NotFound(type, id)));
                continue;
            }
            Verdict<A> verdict = decide.decide(current, Timestamps.notBefore(current.updatedAt(), now));
            if (verdict instanceof Verdict.Refused<A> refused) {
                outcomes.put(id, Either.left(refused.rejection()));
            } else {
                pending.put(id, ((Verdict.Accepted<A>) verdict).decision());
            }
        }
        Set<String> aloneAfterConflict = new LinkedHashSet<>();
        for (int attempt = 1; attempt <= maxAttempts && !pending.isEmpty(); attempt++) {
            Map<String, List<Write>> writes = new LinkedHashMap<>();
            pending.forEach((id, decision) -> writes.put(id, writes(context, decision, correlationId)));
            Either<CommitConflict, ?> committed = store.unitOfWork().commit(new Commit(context.tenant(),
                    writes.values().stream().flatMap(List::stream).toList(), Option.none()));
            if (committed.isRight()) {
                pending.forEach((id, decision) -> outcomes.put(id, Either.right(new Applied<>(decision.aggregate(),
                        related(decision), writes.get(id).stream().map(Write::event).toList(), List.of(),
                        decision.report(), false))));
                pending.clear();
            } else if (committed.getLeft() instanceof CommitConflict.VersionConflict conflict
                    && pending.containsKey(conflict.aggregateId())) {
                pending.remove(conflict.aggregateId());
                aloneAfterConflict.add(conflict.aggregateId());
            } else {
                break;
            }
        }
        aloneAfterConflict.addAll(pending.keySet());
        aloneAfterConflict.forEach(id -> outcomes.put(id, single.apply(id)));
        LOG.debug("batch of {} {} for {}: {} applied, {} decided again alone", targetIds.size(), type,
                context.tenant(), outcomes.values().stream().filter(Either::isRight).count(), aloneAfterConflict.size());
        return targetIds.stream().map(id -> new BatchItem<>(id, outcomes.get(id))).toList();
    }

    /** The domain's verdict on one loaded aggregate of a batch. */
    @FunctionalInterface
    public interface BatchDecider<A extends Aggregate> {
        Verdict<A> decide(A current, Instant now);
    }

    private <A extends Aggregate> Option<Rejection> precondition(Operation<A> operation, Option<A> current) {
        if (operation.creation()) {
            return current.isDefined() ? Option.some(alreadyExists(operation)) : Option.none();
        }
        if (current.isEmpty()) {
            return Option.some(new Rejection.NotFound(operation.targetType(), operation.targetId()));
        }
        Version actual = current.get().version();
        return operation.context().expectedVersion()
                .filter(expected -> !expected.equals(actual))
                .map(expected -> new Rejection.ConcurrentModification(operation.targetType(), operation.targetId(),
                        expected, actual));
    }

    /** The answer stored under the key, if this is a retry; {@code IdempotencyKeyReused} for another command. */
    private <A extends Aggregate> Option<Either<Rejection, Applied<A>>> replay(CommandContext context,
            String fingerprint) {
        if (context.idempotencyKey().isEmpty()) {
            return Option.none();
        }
        IdempotencyKey key = context.idempotencyKey().get();
        return store.idempotency().find(context.tenant(), key).map(record -> {
            if (!record.fingerprint().equals(fingerprint)) {
                return Either.left(new Rejection.IdempotencyKeyReused(key.value()));
            }
            if (record.refusal().isDefined()) {
                LOG.debug("replaying the refusal stored for idempotency key {}", key);
                return Either.left(record.refusal().get());
            }
            @SuppressWarnings("unchecked")
            Applied<A> first = (Applied<A>) record.answer();
            LOG.debug("replaying the answer stored for idempotency key {}", key);
            return Either.right(first.asReplay());
        });
    }

    /**
     * A refusal, unless a concurrent request with the same key committed between this attempt's replay check
     * and its load: then the state was refused because the first request applied, and its answer is due.
     */
    private <A extends Aggregate> Either<Rejection, Applied<A>> refusedUnlessReplayed(CommandContext context,
            String fingerprint, Rejection rejection) {
        return this.<A>replay(context, fingerprint).getOrElse(() -> Either.left(rejection));
    }

    /** The cancellation request the aggregate's descriptor says it references while one is open. */
    private Option<CancellationRequest> openRequestOf(Option<? extends Aggregate> current) {
        return current.flatMap(aggregate -> Aggregates.of(aggregate).openCancellationRequestOf(aggregate)
                .flatMap(id -> store.cancellationRequests().find(aggregate.tenant(),
                        CancellationRequest.DESCRIPTOR.id(id.value()))));
    }

    /** The first answer under the key, or {@code IdempotencyKeyReused} if the key was taken by another command. */
    private <A extends Aggregate> Either<Rejection, Applied<A>> keyTaken(CommandContext context, String fingerprint) {
        Option<Either<Rejection, Applied<A>>> first = replay(context, fingerprint);
        return first.getOrElse(() -> Either.left(
                new Rejection.IdempotencyKeyReused(context.idempotencyKey().get().value())));
    }

    /**
     * The clock's time, but never before the last time the aggregate or its open cancellation request recorded:
     * after a clock steps back, the times a decision records ({@code cancelled_at}, an event's occurrence) still
     * never run backwards within an aggregate.
     */
    private Instant notBeforeLastRecorded(Option<? extends Aggregate> current, Option<CancellationRequest> open) {
        Instant now = clock.instant();
        if (current.isDefined()) {
            now = Timestamps.notBefore(current.get().updatedAt(), now);
        }
        if (open.isDefined()) {
            now = Timestamps.notBefore(open.get().updatedAt(), now);
        }
        return now;
    }

    private List<Write> writes(CommandContext context, Decision<?> decision, String correlationId) {
        List<Write> writes = new ArrayList<>();
        for (Change change : decision.changes()) {
            Aggregate aggregate = change.aggregate();
            EventEnvelope event = new EventEnvelope(ids.nextId(), aggregate.tenant(), aggregate.type(),
                    aggregate.id().value(), aggregate.version(), change.event().eventType(), change.event(),
                    change.actor(), change.occurredAt(), correlationId, context.idempotencyKey(),
                    aggregate.stateName());
            writes.add(new Write(aggregate, event));
        }
        return writes;
    }

    private static List<Aggregate> related(Decision<?> decision) {
        return decision.changes().stream().skip(1).map(Change::aggregate).toList();
    }

    /** The effects the decision calls for, as data for the effect outbox, at the aggregate's new version. */
    private <A extends Aggregate> List<PlannedEffect> planned(Operation<A> operation, Decision<A> decision) {
        A aggregate = decision.aggregate();
        return operation.effects().apply(decision).stream().map(effect -> new PlannedEffect(ids.nextId(),
                aggregate.tenant(), aggregate.type(), aggregate.id().value(), aggregate.version(), effect.name(),
                effect.arguments())).toList();
    }

    /**
     * The first attempt at the planned effects, once the transaction that counts committed: at once for the
     * store's own commit, when the host commits for the host's transaction. The answer reports each effect's
     * outcome when the attempt ran before it is given, and each as not attempted (yet) otherwise; the effects
     * are in the outbox either way, and a relay runs what the first attempt did not finish. The answer stored
     * under the idempotency key gets the outcomes once the attempt finished, so a retry replays them.
     */
    private <A extends Aggregate> Applied<A> afterCommit(Operation<A> operation, List<PlannedEffect> planned,
            Applied<A> answer) {
        if (planned.isEmpty()) {
            return answer;
        }
        AtomicReference<List<EffectOutcome>> attempted = new AtomicReference<>();
        AtomicBoolean answered = new AtomicBoolean();
        afterCommit.register(() -> {
            List<EffectOutcome> outcomes = effects.first(runnerId, operation.name(), planned);
            synchronized (attempted) {
                attempted.set(outcomes);
                if (answered.get()) {
                    storeAnswer(effects.answers(), operation, answer.withEffects(outcomes));
                }
            }
        });
        List<EffectOutcome> outcomes;
        synchronized (attempted) {
            outcomes = attempted.get();
            answered.set(true);
        }
        if (outcomes == null) {
            return answer.withEffects(planned.stream()
                    .map(effect -> EffectOutcome.notAttempted(effect.effect())).toList());
        }
        Applied<A> completed = answer.withEffects(outcomes);
        storeAnswer(store.idempotency(), operation, completed);
        return completed;
    }

    /** Best effort: a store that fails here keeps the committed answer, with the effects not attempted. */
    private static void storeAnswer(IdempotencyRecords records, Operation<?> operation, Applied<?> completed) {
        operation.context().idempotencyKey().forEach(key -> {
            try {
                records.completeAnswer(operation.context().tenant(), key, completed);
            } catch (RuntimeException failure) {
                LOG.warn("{}: could not store the effects' outcome under idempotency key {}: {}", operation.name(),
                        key, failure.toString());
            }
        });
    }

    private static Rejection alreadyExists(Operation<?> operation) {
        return Rejection.InvalidInput.of("id", "already_exists",
                operation.targetType().displayName() + " " + operation.targetId() + " already exists");
    }

    private static Rejection concurrentModification(Operation<?> operation, Version expected,
            CommitConflict conflict) {
        Version actual = conflict instanceof CommitConflict.VersionConflict version ? version.actual()
                : expected.next();
        return new Rejection.ConcurrentModification(operation.targetType(), operation.targetId(), expected, actual);
    }

    private static <T> Either<Rejection, T> log(Operation<?> operation, Either<Rejection, T> outcome) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} by {} for {}: {}", operation.name(), operation.targetId(), operation.context().actor(),
                    operation.context().tenant(), outcome.fold(Rejection::code, accepted -> "applied"));
        }
        return outcome;
    }
}
