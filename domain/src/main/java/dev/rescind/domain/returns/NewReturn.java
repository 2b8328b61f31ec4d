package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a return is created with. It starts {@code ANNOUNCING} and open.
 *
 * @param carrierSupportsCancellation whether the carrier accepts upstream label cancellation (Sendcloud: not
 *                                    all do); without it a return is never cancellable
 * @param orderId                     the shop order to tag when an exchange is cancelled
 * @param draftOrderId                the shop's draft order for the exchange, deleted when it is cancelled
 */
public record NewReturn(
        ReturnId id,
        Option<Reference> reasonCode,
        Option<Message> customerMessage,
        Option<ParcelReference> outgoingParcel,
        Option<ParcelReference> incomingParcel,
        DeliveryOption deliveryOption,
        Option<Reference> storeLocation,
        Option<Money> returnFee,
        Option<Money> labelCost,
        List<ReturnItem> items,
        Option<RefundMethod> refundMethod,
        Option<Reference> carrierId,
        boolean carrierSupportsCancellation,
        Option<Reference> orderId,
        Option<Reference> draftOrderId) {

    public static final int MAX_ITEMS = 500;

    public NewReturn {
        Check check = Check.start()
                .required("id", id)
                .required("reasonCode", reasonCode)
                .required("customerMessage", customerMessage)
                .required("outgoingParcel", outgoingParcel)
                .required("incomingParcel", incomingParcel)
                .required("deliveryOption", deliveryOption)
                .required("storeLocation", storeLocation)
                .required("returnFee", returnFee)
                .required("labelCost", labelCost)
                .required("items", items)
                .required("refundMethod", refundMethod)
                .required("carrierId", carrierId)
                .required("orderId", orderId)
                .required("draftOrderId", draftOrderId);
        check.orThrow();
        items = List.copyOf(items);
        checkItems(check, items);
        check.require(returnFee.forAll(fee -> !fee.isNegative()), "returnFee", "negative", "must not be negative")
                .require(labelCost.forAll(cost -> !cost.isNegative()), "labelCost", "negative",
                        "must not be negative")
                .require(deliveryOption != DeliveryOption.IN_STORE || storeLocation.isDefined(), "storeLocation",
                        "required", "is required for an in-store return")
                .orThrow();
    }

    /** Items: 1 to {@value #MAX_ITEMS}, unique ids, one currency. Shared with the aggregate's own check. */
    static void checkItems(Check check, List<ReturnItem> items) {
        check.require(!items.isEmpty() && items.size() <= MAX_ITEMS, "items", "out_of_range",
                "must hold 1 to " + MAX_ITEMS + " items");
        Set<Reference> ids = new HashSet<>();
        for (int index = 0; index < items.size(); index++) {
            ReturnItem item = items.get(index);
            check.require(item != null, "items[" + index + "]", "required", "is required");
            if (item != null) {
                check.require(ids.add(item.id()), "items[" + index + "].id", "duplicate", "must be unique")
                        .require(item.unitPrice().currency().equals(items.get(0).unitPrice().currency()),
                                "items[" + index + "].unitPrice.currency", "currency_mismatch",
                                "must be the currency of the first item");
            }
        }
    }
}
