package dev.rescind.application.port;

import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import java.util.Map;

/**
 * A gateway call a decision planned, as data: stored in the same commit as the transition of {@code version},
 * and run after that commit, again after a crash or a failure, until it succeeds or is dead-lettered.
 *
 * @param effectId  unique across the store
 * @param effect    which gateway call ({@code EffectOutcome.DELETE_DRAFT_ORDER} and the like)
 * @param arguments the call's arguments by name; absent optional arguments are left out
 * @param tenant        the tenant
 * @param aggregateType the type of the aggregate whose transition planned it
 * @param aggregateId   that aggregate's id
 * @param version       the version of that transition
 */
public record PlannedEffect(String effectId, TenantId tenant, AggregateType aggregateType, String aggregateId,
        Version version, String effect, Map<String, String> arguments) {

    /**
     * Checks that no component is null, and copies the arguments.
     *
     * @param effectId      unique across the store
     * @param tenant        the tenant
     * @param aggregateType the type of the aggregate whose transition planned it
     * @param aggregateId   that aggregate's id
     * @param version       the version of that transition
     * @param effect        which gateway call ({@code EffectOutcome.DELETE_DRAFT_ORDER} and the like)
     * @param arguments     the call's arguments by name; absent optional arguments are left out
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public PlannedEffect {
        Check.start()
                .required("effectId", effectId)
                .required("tenant", tenant)
                .required("aggregateType", aggregateType)
                .required("aggregateId", aggregateId)
                .required("version", version)
                .required("effect", effect)
                .required("arguments", arguments)
                .orThrow();
        arguments = Map.copyOf(arguments);
    }
}
