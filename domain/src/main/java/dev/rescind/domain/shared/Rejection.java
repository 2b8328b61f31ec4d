package dev.rescind.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a command was not applied. Every rejection leaves every aggregate as it was.
 *
 * <p>The set is closed and each member has a stable {@link #code()}, so that adapters can map it to an
 * HTTP status and an error body without parsing messages.
 */
public sealed interface Rejection {

    /**
     * Stable, lower-case code, safe to put on the wire and to switch on.
     *
     * @return the code
     */
    String code();

    /**
     * A sentence for a person.
     *
     * @return the message
     */
    String message();

    /**
     * The aggregate does not exist for this tenant. Another tenant's aggregate gets this answer too.
     *
     * @param aggregateType the type asked for
     * @param id            the id asked for
     */
    record NotFound(AggregateType aggregateType, String id) implements Rejection {
        /**
         * Checks that no component is null.
         *
         * @param aggregateType the type asked for
         * @param id            the id asked for
         * @throws NullPointerException when a component is null
         */
        public NotFound {
            Objects.requireNonNull(aggregateType, "aggregateType");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String code() {
            return "not_found";
        }

        @Override
        public String message() {
            return aggregateType.displayName() + " " + id + " was not found.";
        }
    }

    /**
     * The actor may not do this to this aggregate (for example: only the assigned fulfillment service answers).
     *
     * @param actor   who asked
     * @param command the command
     * @param rule    the rule that forbids it
     */
    record Forbidden(Actor actor, String command, String rule) implements Rejection {
        /**
         * Checks that no component is null.
         *
         * @param actor   who asked
         * @param command the command
         * @param rule    the rule that forbids it
         * @throws NullPointerException when a component is null
         */
        public Forbidden {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public String code() {
            return "forbidden";
        }

        @Override
        public String message() {
            return actor + " may not " + command + ": " + rule + ".";
        }
    }

    /**
     * The input itself is wrong; each error names the field.
     *
     * @param errors every error found, at least one
     */
    record InvalidInput(List<FieldError> errors) implements Rejection {
        /**
         * Checks that there is at least one error, and copies them.
         *
         * @param errors every error found, at least one
         * @throws IllegalArgumentException when there is none
         */
        public InvalidInput {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an InvalidInput names at least one field error");
            }
        }

        /**
         * One error.
         *
         * @param path    the field
         * @param code    the error's code
         * @param message the error's message
         * @return the rejection
         */
        public static InvalidInput of(String path, String code, String message) {
            return new InvalidInput(List.of(new FieldError(path, code, message)));
        }

        /**
         * The same errors, seen from a parent field.
         *
         * @param parent the parent field's path
         * @return the rejection
         */
        public InvalidInput under(String parent) {
            return new InvalidInput(errors.stream().map(error -> error.under(parent)).toList());
        }

        @Override
        public String code() {
            return "invalid_input";
        }

        @Override
        public String message() {
            return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
        }
    }

    /**
     * The transition table does not allow the command from the aggregate's current state.
     *
     * @param aggregateType the aggregate's type
     * @param state         its state
     * @param command       the command
     * @param detail        why, in words
     */
    record NotAllowedInState(AggregateType aggregateType, String state, String command, String detail)
            implements Rejection {
        /**
         * Checks that no component is null.
         *
         * @param aggregateType the aggregate's type
         * @param state         its state
         * @param command       the command
         * @param detail        why, in words
         * @throws NullPointerException when a component is null
         */
        public NotAllowedInState {
            Objects.requireNonNull(aggregateType, "aggregateType");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String code() {
            return "not_allowed_in_state";
        }

        @Override
        public String message() {
            return aggregateType.displayName() + " in state " + state + " does not allow " + command
                    + (detail.isEmpty() ? "." : ": " + detail + ".");
        }
    }

    /**
     * A cancellation the aggregate's state no longer permits: the 409 of ReturnQueen's
     * {@code DELETE /api/shipments/{id}} and of Sendcloud's {@code PATCH /returns/{id}/cancel}.
     *
     * @param aggregateType the aggregate's type
     * @param state         its state
     * @param command       the command
     * @param detail        why, in words
     */
    record NotCancellable(AggregateType aggregateType, String state, String command, String detail)
            implements Rejection {
        /**
         * Checks that no component is null.
         *
         * @param aggregateType the aggregate's type
         * @param state         its state
         * @param command       the command
         * @param detail        why, in words
         * @throws NullPointerException when a component is null
         */
        public NotCancellable {
            Objects.requireNonNull(aggregateType, "aggregateType");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String code() {
            return "not_cancellable";
        }

        @Override
        public String message() {
            return aggregateType.displayName() + " is not cancellable in state " + state
                    + (detail.isEmpty() ? "." : ": " + detail + ".");
        }
    }

    /**
     * The caller's expected version is not the stored one: someone else changed the aggregate first.
     *
     * @param aggregateType the aggregate's type
     * @param id            its id
     * @param expected      the version the caller expected
     * @param actual        the stored version
     */
    record ConcurrentModification(AggregateType aggregateType, String id, Version expected, Version actual)
            implements Rejection {
        /**
         * Checks that no component is null.
         *
         * @param aggregateType the aggregate's type
         * @param id            its id
         * @param expected      the version the caller expected
         * @param actual        the stored version
         * @throws NullPointerException when a component is null
         */
        public ConcurrentModification {
            Objects.requireNonNull(aggregateType, "aggregateType");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(actual, "actual");
        }

        @Override
        public String code() {
            return "concurrent_modification";
        }

        @Override
        public String message() {
            return aggregateType.displayName() + " " + id + " is at version " + actual.value() + ", not "
                    + expected.value() + ".";
        }
    }

    /**
     * A partial cancellation asked for more units of one item than are left to cancel: names the item, what
     * was asked and what remains.
     */
    record ExceedsRemainingQuantity(AggregateType aggregateType, String id, String item, int requested,
            int remaining) implements Rejection {
        /**
         * Checks the components.
         *
         * @param aggregateType aggregateType
         * @param id the request's id
         * @param item item
         * @param requested requested
         * @param remaining remaining
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public ExceedsRemainingQuantity {
            Objects.requireNonNull(aggregateType, "aggregateType");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(item, "item");
        }

        @Override
        public String code() {
            return "exceeds_remaining_quantity";
        }

        @Override
        public String message() {
            return aggregateType.displayName() + " " + id + " has " + remaining + " of item " + item
                    + " left to cancel, not " + requested + ".";
        }
    }

    /**
     * The idempotency key was first used for a different command; nothing was applied.
     *
     * @param key the key
     */
    record IdempotencyKeyReused(String key) implements Rejection {
        /**
         * Checks that no component is null.
         *
         * @param key the key
         * @throws NullPointerException when a component is null
         */
        public IdempotencyKeyReused {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String code() {
            return "idempotency_key_reused";
        }

        @Override
        public String message() {
            return "Idempotency key " + key + " was already used for a different command.";
        }
    }
}
