package dev.rescind.application.outbox;

import dev.rescind.application.AnswerTimes;
import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.application.RescindListener;
import dev.rescind.application.internal.StoreRetry;
import dev.rescind.application.port.Deadline;
import dev.rescind.application.port.Deadlines;
import dev.rescind.application.port.StoreFailure;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.Text;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the deadlines that fell due: an unanswered cancellation request expires (its target goes back as after a
 * rejection) or, where the host chose escalation, gets an escalation event; a fulfillment order whose
 * {@code fulfill_by} passed with work left gets an overdue event. Build it with
 * {@code Rescind.deadlineRunner} and run {@link #runOnce()} on a schedule, from as many threads or processes as you
 * like, each with its own id: the timer store hands a deadline to one runner at a time, and only once it is due by
 * the store's clock.
 *
 * <p>Each decision goes through the command pipeline as a {@code SYSTEM} actor named {@value #ACTOR_ID}, under the
 * idempotency key {@code deadline-<deadline id>}, so it commits atomically with its events, under optimistic
 * concurrency, and once: a deadline decided before (by a runner that crashed before it could say so) replays its
 * first answer, a deadline that no longer applies (the request was answered, the order shipped) is refused by the
 * domain, and either simply leaves the store; an answer racing the expiry has exactly one winner. A decision that lost a race is given back and
 * decided again on the next run; a runner that crashes mid-decision leaves the deadline to another runner once
 * its lease ran out. A failing store is retried within a run as the relays do; a run never throws a
 * {@link StoreFailure}.
 */
public final class DeadlineRunner {

    /** The id of the {@code SYSTEM} actor that deadline decisions are recorded under. */
    public static final String ACTOR_ID = "rescind-deadlines";

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineRunner.class);
    private static final Actor ACTOR = Actor.system(ACTOR_ID);
    private static final String KEY_PREFIX = "deadline-";

    /**
     * What became of one due deadline, as the listener hears it: decided (its decision committed), no longer
     * applying (nothing to do, or decided already; it left the store), or lost (a race or a failing store; it is
     * due again).
     */
    public enum Outcome {
        /** The deadline was decided: its target changed, or got its event. */
        DECIDED,
        /** Nothing to do, or decided already; it left the store. */
        NO_LONGER_APPLIES,
        /** A race or a failing store; it is due again. */
        LOST
    }

    /**
     * How a deadline runner claims.
     *
     * @param batchSize how many due deadlines one run claims
     * @param lease     how long a claimed deadline is this runner's alone; longer than one decision takes
     */
    public record Settings(int batchSize, Duration lease) {
        /**
         * Checks the components.
         *
         * @param batchSize how many due deadlines one run claims
         * @param lease     how long a claimed deadline is this runner's alone; longer than one decision takes
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public Settings {
            Objects.requireNonNull(lease, "lease");
            if (batchSize < 1 || lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("a deadline runner claims at least one deadline for a positive "
                        + "lease");
            }
        }

        /**
         * 100 deadlines a run, each leased for 30 s.
         *
         * @return the result
         */
        public static Settings defaults() {
            return new Settings(100, Duration.ofSeconds(30));
        }
    }

    private final Deadlines deadlines;
    private final Rescind rescind;
    private final AnswerTimes.Unanswered onUnanswered;
    private final String runnerId;
    private final Settings settings;
    private final RescindListener listener;
    private final StoreRetry storeRetry;

    /**
     * Made by {@code Rescind.deadlineRunner}, which knows the store, the answer times and the listener.
     *
     * @param deadlines the timer store
     * @param rescind the library whose use cases decide the deadlines
     * @param onUnanswered what to do once an answer-by time passed unanswered
     * @param runnerId this runner's id, unique among the running runners
     * @param settings the batch size and lease
     * @param listener told of every deadline decided
     */
    public DeadlineRunner(Deadlines deadlines, Rescind rescind, AnswerTimes.Unanswered onUnanswered, String runnerId,
            Settings settings, RescindListener listener) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.rescind = Objects.requireNonNull(rescind, "rescind");
        this.onUnanswered = Objects.requireNonNull(onUnanswered, "onUnanswered");
        this.runnerId = Text.token(runnerId, OutboxRelay.MAX_RELAY_ID_LENGTH)
                .getOrElseThrow(invalid -> new InvalidInputException(invalid.under("runnerId")));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.storeRetry = new StoreRetry(listener);
    }

    /**
     * Claims one batch of due deadlines and decides each; the number whose decision committed.
     *
     * @return the result
     */
    public int runOnce() {
        List<Deadline> due = storeRetry.call(runnerId, "claiming due deadlines",
                () -> deadlines.claimDue(runnerId, settings.batchSize(), settings.lease()), List.of());
        int decided = 0;
        for (Deadline deadline : due) {
            Outcome outcome = decide(deadline);
            if (outcome == Outcome.LOST) {
                storeRetry.run(runnerId, "giving back a deadline", () -> deadlines.release(runnerId,
                        deadline.deadlineId()));
            } else {
                storeRetry.run(runnerId, "recording a decided deadline", () -> deadlines.decided(runnerId,
                        deadline.deadlineId()));
            }
            if (outcome == Outcome.DECIDED) {
                decided++;
            }
            StoreRetry.notify(() -> listener.deadlineDecided(deadline.kind().name(), outcome.name()));
        }
        return decided;
    }

    /**
     * Runs until a run decides nothing or {@code maxBatches} ran; the number decided.
     *
     * @param maxBatches the most runs
     * @return how many deadlines were decided
     */
    public int drain(int maxBatches) {
        int total = 0;
        for (int batch = 0; batch < maxBatches; batch++) {
            int decided = runOnce();
            if (decided == 0) {
                break;
            }
            total += decided;
        }
        return total;
    }

    private Outcome decide(Deadline deadline) {
        CommandContext context = CommandContext.of(deadline.tenant(), ACTOR)
                .withIdempotencyKey(KEY_PREFIX + deadline.deadlineId());
        Either<Rejection, ? extends Applied<?>> decided;
        try {
            decided = switch (deadline.kind()) {
                case ANSWER_BY -> answerBy(context, deadline);
                case FULFILL_BY -> rescind.fulfillmentOrders().markOverdue(context,
                        new FulfillmentOrderId(deadline.aggregateId()), deadline.dueAt());
            };
        } catch (StoreFailure failure) {
            LOG.warn("deadline runner {}: the store failed while deciding deadline {}: {}", runnerId,
                    deadline.deadlineId(), failure.getMessage());
            return Outcome.LOST;
        }
        if (decided.isRight()) {
            return decided.get().replayed() ? Outcome.NO_LONGER_APPLIES : Outcome.DECIDED;
        }
        Rejection rejection = decided.getLeft();
        if (rejection instanceof Rejection.ConcurrentModification) {
            return Outcome.LOST;
        }
        // The aggregate moved on (answered, closed, gone): the deadline no longer applies.
        LOG.debug("deadline {} on {} {} no longer applies: {}", deadline.deadlineId(), deadline.aggregateType(),
                deadline.aggregateId(), rejection.code());
        return Outcome.NO_LONGER_APPLIES;
    }

    private Either<Rejection, ? extends Applied<?>> answerBy(CommandContext context, Deadline deadline) {
        CancellationRequestId requestId = new CancellationRequestId(deadline.subject());
        if (onUnanswered == AnswerTimes.Unanswered.ESCALATE) {
            return rescind.cancellationRequests().escalate(context, requestId);
        }
        if (deadline.aggregateType() == AggregateType.FULFILLMENT_ORDER) {
            return rescind.fulfillmentOrders().expireCancellationRequest(context,
                    new FulfillmentOrderId(deadline.aggregateId()), requestId);
        }
        return rescind.returns().expireCancellation(context, new ReturnId(deadline.aggregateId()), requestId);
    }
}
