package dev.rescind.testkit.contract;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Command;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.testkit.arbitraries.Attempt;
import dev.rescind.testkit.arbitraries.CommandedModel;
import dev.rescind.testkit.arbitraries.World;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Domain commands as hosts send them: each generated command of the testkit's models through
 * {@link Rescind#execute}, which hands it to the use cases of its aggregate, and the same command decided by
 * the domain alone, as the pipeline would decide it. Properties compare the two. What differs per aggregate
 * comes from its {@link CommandedModel}.
 */
public final class ApiCalls {

    private ApiCalls() {
    }

    /**
     * What the domain alone decides, and what the pipeline commits even though it refuses (an anomaly).
     *
     * @param answer         the domain's decision, or its rejection
     * @param recordedAnyway what is committed although the command is refused, if anything
     */
    public record Expected(Either<Rejection, Decision<?>> answer, Option<Decision<?>> recordedAnyway) {
    }

    /**
     * Sends {@code command}, one of {@code target}'s commands, for {@code target} through the API.
     *
     * @param rescind the library under test
     * @param context who sends it, for which tenant
     * @param target  the aggregate addressed
     * @param command a command of the target's type
     * @return what the API answered
     */
    public static Either<Rejection, ? extends Applied<?>> send(Rescind rescind, CommandContext context,
            Aggregate target, Object command) {
        return rescind.execute(context, target.id(), (Command) command);
    }

    /**
     * {@code command} with fresh ids for what it opens, as the use cases make them up for every call, so that
     * ids a run generated twice never meet in the store.
     *
     * @param target  the aggregate addressed
     * @param command a command of the target's type
     * @return the command with fresh ids
     */
    public static Object withFreshIds(Aggregate target, Object command) {
        return withFreshIds(modelOf(target), command);
    }

    /**
     * The domain's decision on {@code target} for {@code command}, given the cancellation requests as the
     * pipeline would load them.
     *
     * @param target   the aggregate addressed
     * @param actor    who sends it
     * @param command  a command of the target's type
     * @param requests the cancellation requests, as the pipeline loads them
     * @param now      when the command is decided
     * @return the expected outcome
     */
    public static Expected decide(Aggregate target, Actor actor, Object command, World requests, Instant now) {
        return decide(modelOf(target), target, actor, command, requests, now);
    }

    private static CommandedModel<?, ?, ?, ?> modelOf(Aggregate target) {
        return CommandedModel.of(target).getOrElseThrow(() -> new IllegalArgumentException(
                "commands do not address a " + target.type().displayName()));
    }

    @SuppressWarnings("unchecked")
    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K extends Command> Object withFreshIds(
            CommandedModel<A, S, C, K> model, Object command) {
        return model.withFreshIds((K) command);
    }

    @SuppressWarnings("unchecked")
    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K extends Command> Expected decide(
            CommandedModel<A, S, C, K> model, Aggregate target, Actor actor, Object command, World requests,
            Instant now) {
        A typed = model.descriptor().cast(target);
        Attempt<K> attempt = new Attempt<>(actor, (K) command);
        Either<Rejection, Decision<A>> decided = model.decide(typed, attempt, requests, now);
        Option<Decision<?>> anyway = decided.isLeft()
                ? model.recordedAnyway(typed, attempt, now).map(decision -> decision) : Option.none();
        return new Expected(decided.map(decision -> decision), anyway);
    }
}
