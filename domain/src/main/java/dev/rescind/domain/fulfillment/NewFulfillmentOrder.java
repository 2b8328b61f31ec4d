package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.NewAggregate;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a fulfillment order is created with. It starts {@code OPEN/UNSUBMITTED}, or
 * {@code SCHEDULED/UNSUBMITTED} when {@code fulfillAt} lies in the future.
 *
 * @param assignedService the fulfillment service that alone may answer requests; empty for an order the
 *                        merchant fulfills itself
 * @param id                 {@code id}
 * @param orderId            {@code order_id}
 * @param assignedLocationId {@code assigned_location_id}
 * @param destination        {@code destination}, if known
 * @param origin             {@code origin}, if known
 * @param lineItems          {@code line_items}, at least one
 * @param fulfillAt          {@code fulfill_at}, if set
 * @param fulfillBy          {@code fulfill_by}, if set
 */
public record NewFulfillmentOrder(
        FulfillmentOrderId id,
        Reference orderId,
        Reference assignedLocationId,
        Option<Reference> assignedService,
        Option<Destination> destination,
        Option<Origin> origin,
        List<FulfillmentLineItem> lineItems,
        Option<Instant> fulfillAt,
        Option<Instant> fulfillBy) implements NewAggregate {

    /** The most line items of one order. */
    public static final int MAX_LINE_ITEMS = 500;

    /** Up to this many lines, comparing each id with those before it is cheaper than hashing them. */
    private static final int FEW_LINES = 8;

    /**
     * Checks the components and the rules the class comment states.
     *
     * @param id                 {@code id}
     * @param orderId            {@code order_id}
     * @param assignedLocationId {@code assigned_location_id}
     * @param assignedService    the fulfillment service that alone may answer requests; empty for an order the
     *                           merchant fulfills itself
     * @param destination        {@code destination}, if known
     * @param origin             {@code origin}, if known
     * @param lineItems          {@code line_items}, at least one
     * @param fulfillAt          {@code fulfill_at}, if set
     * @param fulfillBy          {@code fulfill_by}, if set
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or breaks a rule
     */
    public NewFulfillmentOrder {
        Check check = Check.start()
                .required("id", id)
                .required("orderId", orderId)
                .required("assignedLocationId", assignedLocationId)
                .required("assignedService", assignedService)
                .required("destination", destination)
                .required("origin", origin)
                .required("lineItems", lineItems)
                .required("fulfillAt", fulfillAt)
                .required("fulfillBy", fulfillBy);
        check.orThrow();
        // Checked before the copy, which would throw on a missing element instead of naming it.
        checkLineItems(check, lineItems, false);
        check.orThrowIfAnyMissing(lineItems);
        lineItems = List.copyOf(lineItems);
        for (int index = 0; index < lineItems.size(); index++) {
            check.require(lineItems.get(index).fulfillableQuantity() == lineItems.get(index).quantity(),
                    "lineItems[" + index + "].fulfillableQuantity", "already_fulfilled",
                    "must equal quantity on a new order");
        }
        check.orThrow();
    }

    /**
     * Unique line ids, at most {@value #MAX_LINE_ITEMS} lines; at least one unless {@code mayBeEmpty}. Every
     * version of an order runs this, so messages and paths are only put together for an error.
     */
    static void checkLineItems(Check check, List<FulfillmentLineItem> lineItems, boolean mayBeEmpty) {
        if (!((mayBeEmpty || !lineItems.isEmpty()) && lineItems.size() <= MAX_LINE_ITEMS)) {
            check.require(false, "lineItems", "out_of_range",
                    "must hold " + (mayBeEmpty ? 0 : 1) + " to " + MAX_LINE_ITEMS + " lines");
        }
        Set<Reference> ids = lineItems.size() > FEW_LINES ? new HashSet<>() : null;
        for (int index = 0; index < lineItems.size(); index++) {
            FulfillmentLineItem line = lineItems.get(index);
            if (line == null) {
                check.require(false, "lineItems[" + index + "]", "required", "is required");
            } else if (ids != null ? !ids.add(line.id()) : appearsBefore(lineItems, index)) {
                check.require(false, "lineItems[" + index + "].id", "duplicate", "must be unique");
            }
        }
    }

    private static boolean appearsBefore(List<FulfillmentLineItem> lineItems, int index) {
        Reference id = lineItems.get(index).id();
        for (int before = 0; before < index; before++) {
            FulfillmentLineItem earlier = lineItems.get(before);
            if (earlier != null && earlier.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
