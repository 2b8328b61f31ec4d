package dev.rescind.domain.shared;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything that differs from one aggregate to another, declared once beside the aggregate and read by
 * the pipeline, the stores, the stored-document codec and the testkit: code outside the aggregate's package
 * asks its descriptor instead of switching over {@link AggregateType}.
 *
 * @param type                    the aggregate's type, as events, rejections and stores name it
 * @param aggregateClass          the aggregate's record
 * @param idFactory               makes the aggregate's id from a stored or wire value (validating it)
 * @param statusType              the enum the aggregate is listed by
 * @param listedBy                the status an aggregate is listed under ({@code list(tenant, status, page)})
 * @param openCancellationRequest the id of the cancellation request the aggregate references while one is
 *                                open; absent for an aggregate that is never the target of one
 * @param eventFamily             the sealed interface of the aggregate's events
 * @param commands                the sealed interface of the commands that address the aggregate; absent for
 *                                one that changes only with another (a cancellation request)
 * @param reports                 the {@link CommandReport} records the aggregate's commands answer with
 * @param <A>                     the aggregate
 * @param <I>                     its id
 * @param <S>                     its listing status
 */
public record AggregateDescriptor<A extends Aggregate, I extends AggregateId, S extends Enum<S>>(
        AggregateType type,
        Class<A> aggregateClass,
        Function<String, I> idFactory,
        Class<S> statusType,
        Function<A, S> listedBy,
        Option<Function<A, Option<? extends AggregateId>>> openCancellationRequest,
        Class<? extends DomainEvent> eventFamily,
        Option<Class<? extends Command>> commands,
        List<Class<? extends CommandReport>> reports) {

    /**
     * Checks that every part is present and that the event family is a closed set.
     *
     * @param type                    the aggregate's type, as events, rejections and stores name it
     * @param aggregateClass          the aggregate's record
     * @param idFactory               makes the aggregate's id from a stored or wire value (validating it)
     * @param statusType              the enum the aggregate is listed by
     * @param listedBy                the status an aggregate is listed under
     * @param openCancellationRequest the id of the cancellation request the aggregate references while one is
     *                                open; absent for an aggregate that is never the target of one
     * @param eventFamily             the sealed interface of the aggregate's events
     * @param commands                the sealed interface of the commands that address the aggregate, if any
     * @param reports                 the reports the aggregate's commands answer with
     * @throws NullPointerException     when a part is null
     * @throws IllegalArgumentException when {@code eventFamily} is not sealed
     */
    public AggregateDescriptor {
        reports = List.copyOf(reports);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateClass, "aggregateClass");
        Objects.requireNonNull(idFactory, "idFactory");
        Objects.requireNonNull(statusType, "statusType");
        Objects.requireNonNull(listedBy, "listedBy");
        Objects.requireNonNull(openCancellationRequest, "openCancellationRequest");
        Objects.requireNonNull(eventFamily, "eventFamily");
        Objects.requireNonNull(commands, "commands");
        if (!eventFamily.isSealed()) {
            throw new IllegalArgumentException("an aggregate's events are a sealed interface: " + eventFamily);
        }
        if (commands.exists(family -> !family.isSealed())) {
            throw new IllegalArgumentException("an aggregate's commands are a sealed interface: " + commands.get());
        }
    }

    /**
     * The id of this aggregate type with the given value; throws {@link InvalidInputException} if invalid.
     *
     * @param value the id as stored or received
     * @return the id
     */
    public I id(String value) {
        return idFactory.apply(value);
    }

    /**
     * {@code aggregate} as this descriptor's aggregate; it must be one.
     *
     * @param aggregate an aggregate of this type
     * @return the aggregate
     */
    public A cast(Aggregate aggregate) {
        return aggregateClass.cast(aggregate);
    }

    /**
     * Whether {@code aggregate} is of this descriptor's type.
     *
     * @param aggregate an aggregate
     * @return {@code true} when it is of this type
     */
    public boolean describes(Aggregate aggregate) {
        return aggregateClass.isInstance(aggregate);
    }

    /**
     * The status {@code aggregate} (which must be of this type) is listed under.
     *
     * @param aggregate an aggregate of this type
     * @return its status
     */
    public S statusOf(Aggregate aggregate) {
        return listedBy.apply(cast(aggregate));
    }

    /**
     * Whether aggregates of this type are the target of cancellation requests.
     *
     * @return {@code true} when they are
     */
    public boolean takesCancellationRequests() {
        return openCancellationRequest.isDefined();
    }

    /**
     * The open cancellation request {@code aggregate} (which must be of this type) references, if any.
     *
     * @param aggregate an aggregate of this type
     * @return the request's id, or none
     */
    public Option<? extends AggregateId> openCancellationRequestOf(Aggregate aggregate) {
        return openCancellationRequest.isEmpty() ? Option.none()
                : openCancellationRequest.get().apply(cast(aggregate));
    }

    /**
     * This descriptor, whose commands may answer with a report of {@code type} too.
     *
     * @param type the report's record
     * @return the descriptor with that report
     */
    public AggregateDescriptor<A, I, S> reporting(Class<? extends CommandReport> type) {
        List<Class<? extends CommandReport>> more = new ArrayList<>(reports);
        more.add(type);
        return new AggregateDescriptor<>(this.type, aggregateClass, idFactory, statusType, listedBy,
                openCancellationRequest, eventFamily, commands, more);
    }

    /**
     * This descriptor, addressed by the commands of the sealed interface {@code family}.
     *
     * @param family the sealed interface of the aggregate's commands
     * @return the descriptor with that command family
     */
    public AggregateDescriptor<A, I, S> commandedBy(Class<? extends Command> family) {
        return new AggregateDescriptor<>(type, aggregateClass, idFactory, statusType, listedBy,
                openCancellationRequest, eventFamily, Option.some(family), reports);
    }

    /**
     * Whether {@code command} is one of this aggregate's commands.
     *
     * @param command any command
     * @return whether it addresses this aggregate
     */
    public boolean accepts(Command command) {
        return commands.exists(family -> family.isInstance(command));
    }

    /**
     * A descriptor for an aggregate that is never the target of a cancellation request.
     *
     * @param <A>            the aggregate
     * @param <I>            its id
     * @param <S>            its listing status
     * @param type           the aggregate's type
     * @param aggregateClass the aggregate's record
     * @param idFactory      makes an id from a stored or wire value
     * @param statusType     the enum the aggregate is listed by
     * @param listedBy       the status an aggregate is listed under
     * @param eventFamily    the sealed interface of the aggregate's events
     * @return the descriptor
     */
    public static <A extends Aggregate, I extends AggregateId, S extends Enum<S>> AggregateDescriptor<A, I, S> of(
            AggregateType type, Class<A> aggregateClass, Function<String, I> idFactory, Class<S> statusType,
            Function<A, S> listedBy, Class<? extends DomainEvent> eventFamily) {
        return new AggregateDescriptor<>(type, aggregateClass, idFactory, statusType, listedBy, Option.none(),
                eventFamily, Option.none(), List.of());
    }

    /**
     * A descriptor for an aggregate that cancellation requests target, referencing the open one.
     *
     * @param <A>                     the aggregate
     * @param <I>                     its id
     * @param <S>                     its listing status
     * @param type                    the aggregate's type
     * @param aggregateClass          the aggregate's record
     * @param idFactory               makes an id from a stored or wire value
     * @param statusType              the enum the aggregate is listed by
     * @param listedBy                the status an aggregate is listed under
     * @param openCancellationRequest the id of the open cancellation request an aggregate references, if any
     * @param eventFamily             the sealed interface of the aggregate's events
     * @return the descriptor
     */
    public static <A extends Aggregate, I extends AggregateId, S extends Enum<S>> AggregateDescriptor<A, I, S>
            cancellable(AggregateType type, Class<A> aggregateClass, Function<String, I> idFactory,
                    Class<S> statusType, Function<A, S> listedBy,
                    Function<A, Option<? extends AggregateId>> openCancellationRequest,
                    Class<? extends DomainEvent> eventFamily) {
        return new AggregateDescriptor<>(type, aggregateClass, idFactory, statusType, listedBy,
                Option.some(openCancellationRequest), eventFamily, Option.none(), List.of());
    }
}
