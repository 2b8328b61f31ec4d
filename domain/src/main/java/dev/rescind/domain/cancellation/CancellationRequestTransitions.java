package dev.rescind.domain.cancellation;

import static dev.rescind.domain.cancellation.CancellationRequestCommandKind.ACCEPT;
import static dev.rescind.domain.cancellation.CancellationRequestCommandKind.ESCALATE;
import static dev.rescind.domain.cancellation.CancellationRequestCommandKind.EXPIRE;
import static dev.rescind.domain.cancellation.CancellationRequestCommandKind.REJECT;
import static dev.rescind.domain.cancellation.CancellationRequestStatus.ACCEPTED;
import static dev.rescind.domain.cancellation.CancellationRequestStatus.EXPIRED;
import static dev.rescind.domain.cancellation.CancellationRequestStatus.REJECTED;
import static dev.rescind.domain.cancellation.CancellationRequestStatus.REQUESTED;

import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TransitionTable;
import java.util.EnumSet;

/** Ask now, the answer comes later: one lifecycle for every asynchronous cancellation. */
public final class CancellationRequestTransitions {

    /** Every state of a cancellation request, and the answers allowed from each. */
    public static final TransitionTable<CancellationRequest, CancellationRequestStatus, CancellationRequestCommandKind>
            TABLE = TransitionTable.<CancellationRequest, CancellationRequestStatus, CancellationRequestCommandKind>
                    builder(AggregateType.CANCELLATION_REQUEST, EnumSet.allOf(CancellationRequestStatus.class),
                            CancellationRequestCommandKind.class)
                    .initial(REQUESTED)
                    .terminal(ACCEPTED, REJECTED, EXPIRED)
                    .allow(ACCEPT, REQUESTED, ACCEPTED)
                    .allow(REJECT, REQUESTED, REJECTED)
                    // Rescind's extension: the answer-by time passed unanswered.
                    .allow(EXPIRE, REQUESTED, EXPIRED)
                    // Or, where the host chose escalation, an event and no change of state.
                    .allow(ESCALATE, REQUESTED, REQUESTED)
                    .build();

    private CancellationRequestTransitions() {
    }
}
