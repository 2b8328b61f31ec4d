package dev.rescind.testkit.arbitraries;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Decision;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * The cancellation requests a generated history has opened, so that the decisions that answer them can be
 * given the open request, as an application would load it.
 */
public final class World {

    private static final World EMPTY = new World(HashMap.empty());

    private final Map<CancellationRequestId, CancellationRequest> requests;

    private World(Map<CancellationRequestId, CancellationRequest> requests) {
        this.requests = requests;
    }

    /** {@return a world without cancellation requests} */
    public static World empty() {
        return EMPTY;
    }

    /**
     * A world of {@code requests}.
     *
     * @param requests the cancellation requests
     * @return the world
     */
    public static World of(Iterable<CancellationRequest> requests) {
        Map<CancellationRequestId, CancellationRequest> byId = HashMap.empty();
        for (CancellationRequest request : requests) {
            byId = byId.put(request.id(), request);
        }
        return new World(byId);
    }

    /**
     * The cancellation request of id {@code id}, if this world has it.
     *
     * @param id an id, if the aggregate references one
     * @return the request
     */
    public Option<CancellationRequest> request(Option<CancellationRequestId> id) {
        return id.flatMap(requests::get);
    }

    /** {@return every cancellation request of this world, by id} */
    public Map<CancellationRequestId, CancellationRequest> requests() {
        return requests;
    }

    /**
     * This world with every cancellation request the decision opened or answered.
     *
     * @param decision a decision
     * @return the world after it
     */
    public World after(Decision<?> decision) {
        Map<CancellationRequestId, CancellationRequest> updated = requests;
        for (Change change : decision.changes()) {
            if (change.aggregate() instanceof CancellationRequest request) {
                updated = updated.put(request.id(), request);
            }
        }
        return updated == requests ? this : new World(updated);
    }
}
