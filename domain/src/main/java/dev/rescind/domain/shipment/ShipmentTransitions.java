package dev.rescind.domain.shipment;

import static dev.rescind.domain.shipment.ShipmentCommandKind.CANCEL;
import static dev.rescind.domain.shipment.ShipmentCommandKind.COMPLETE;
import static dev.rescind.domain.shipment.ShipmentCommandKind.PICK_UP;
import static dev.rescind.domain.shipment.ShipmentCommandKind.SCHEDULE;
import static dev.rescind.domain.shipment.ShipmentStatus.CANCELLED;
import static dev.rescind.domain.shipment.ShipmentStatus.COMPLETED;
import static dev.rescind.domain.shipment.ShipmentStatus.IN_TRANSIT;
import static dev.rescind.domain.shipment.ShipmentStatus.PENDING;
import static dev.rescind.domain.shipment.ShipmentStatus.SCHEDULED;

import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TransitionTable;
import java.util.EnumSet;
import java.util.List;

/** The shipment's state machine (ReturnQueen: only {@code pending} or {@code scheduled} can be cancelled). */
public final class ShipmentTransitions {

    /**
     * Every state of a shipment, and every command allowed from each: the source of truth for the decisions,
     * the generated state diagram and {@code supported_actions}.
     */
    public static final TransitionTable<Shipment, ShipmentStatus, ShipmentCommandKind> TABLE =
            TransitionTable.<Shipment, ShipmentStatus, ShipmentCommandKind>builder(
                            AggregateType.SHIPMENT, EnumSet.allOf(ShipmentStatus.class), ShipmentCommandKind.class)
                    .initial(PENDING)
                    .terminal(COMPLETED, CANCELLED)
                    .allowFrom(SCHEDULE, List.of(PENDING, SCHEDULED), SCHEDULED)
                    .allow(PICK_UP, SCHEDULED, IN_TRANSIT)
                    .allow(COMPLETE, IN_TRANSIT, COMPLETED)
                    .allowFrom(CANCEL, List.of(PENDING, SCHEDULED), CANCELLED)
                    .build();

    private ShipmentTransitions() {
    }
}
