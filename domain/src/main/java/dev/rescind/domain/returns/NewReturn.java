package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.NewAggregate;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a return is created with. It starts {@code ANNOUNCING} and open.
 *
 * @param carrierSupportsCancellation whether the carrier accepts upstream label cancellation (Sendcloud: not
 *                                    all do); without it a return is never cancellable
 * @param orderId                     the shop order to tag when an exchange is cancelled
 * @param draftOrderId                the shop's draft order for the exchange, deleted when it is cancelled
 * @param refund                      what the host tells of the refund
 * @param ruleModifications           the return rules the host applied, at most {@value #MAX_RULE_MODIFICATIONS}
 * @param id              {@code id}
 * @param reasonCode      {@code reason}: the id of the return reason, if given
 * @param customerMessage {@code message}: the customer's, if any
 * @param outgoingParcel  the parcel sent to the customer, if any
 * @param incomingParcel  the parcel coming back, if known
 * @param deliveryOption  {@code delivery_option}
 * @param storeLocation   {@code store_location}, for a return brought to a store
 * @param returnFee       {@code return_fee}, if charged
 * @param labelCost       {@code label_cost}, if known
 * @param items           the returned items, 1 to {@value #MAX_ITEMS}, in one currency
 * @param refundMethod    how the customer is paid back, if chosen
 * @param carrierId       the carrier, if known
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
        Option<Reference> draftOrderId,
        RefundDetails refund,
        List<RuleModification> ruleModifications) implements NewAggregate {

    /** The most items of one return. */
    public static final int MAX_ITEMS = 500;
    /** The most rule modifications of one return. */
    public static final int MAX_RULE_MODIFICATIONS = 100;

    /**
     * A return without refund details or rule modifications.
     *
     * @param id                          {@code id}
     * @param reasonCode                  {@code reason}: the id of the return reason, if given
     * @param customerMessage             {@code message}: the customer's, if any
     * @param outgoingParcel              the parcel sent to the customer, if any
     * @param incomingParcel              the parcel coming back, if known
     * @param deliveryOption              {@code delivery_option}
     * @param storeLocation               {@code store_location}, for a return brought to a store
     * @param returnFee                   {@code return_fee}, if charged
     * @param labelCost                   {@code label_cost}, if known
     * @param items                       the returned items, 1 to {@value #MAX_ITEMS}, in one currency
     * @param refundMethod                how the customer is paid back, if chosen
     * @param carrierId                   the carrier, if known
     * @param carrierSupportsCancellation whether the carrier accepts upstream label cancellation
     * @param orderId                     the shop order, if any
     * @param draftOrderId                the exchange's draft order, if any
     */
    public NewReturn(ReturnId id, Option<Reference> reasonCode, Option<Message> customerMessage,
            Option<ParcelReference> outgoingParcel, Option<ParcelReference> incomingParcel,
            DeliveryOption deliveryOption, Option<Reference> storeLocation, Option<Money> returnFee,
            Option<Money> labelCost, List<ReturnItem> items, Option<RefundMethod> refundMethod,
            Option<Reference> carrierId, boolean carrierSupportsCancellation, Option<Reference> orderId,
            Option<Reference> draftOrderId) {
        this(id, reasonCode, customerMessage, outgoingParcel, incomingParcel, deliveryOption, storeLocation,
                returnFee, labelCost, items, refundMethod, carrierId, carrierSupportsCancellation, orderId,
                draftOrderId, RefundDetails.NONE, List.of());
    }

    /**
     * Checks the components and the rules the class comment states.
     *
     * @param id                          {@code id}
     * @param reasonCode                  {@code reason}: the id of the return reason, if given
     * @param customerMessage             {@code message}: the customer's, if any
     * @param outgoingParcel              the parcel sent to the customer, if any
     * @param incomingParcel              the parcel coming back, if known
     * @param deliveryOption              {@code delivery_option}
     * @param storeLocation               {@code store_location}, for a return brought to a store
     * @param returnFee                   {@code return_fee}, if charged
     * @param labelCost                   {@code label_cost}, if known
     * @param items                       the returned items, 1 to {@value #MAX_ITEMS}, in one currency
     * @param refundMethod                how the customer is paid back, if chosen
     * @param carrierId                   the carrier, if known
     * @param carrierSupportsCancellation whether the carrier accepts upstream label cancellation (Sendcloud: not
     *                                    all do); without it a return is never cancellable
     * @param orderId                     the shop order to tag when an exchange is cancelled
     * @param draftOrderId                the shop's draft order for the exchange, deleted when it is cancelled
     * @param refund                      what the host tells of the refund
     * @param ruleModifications           the return rules the host applied, at most {@value #MAX_RULE_MODIFICATIONS}
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or breaks a rule
     */
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
                .required("draftOrderId", draftOrderId)
                .required("refund", refund)
                .required("ruleModifications", ruleModifications);
        check.orThrow();
        // Checked before the copy, which would throw on a missing element instead of naming it.
        checkItems(check, items);
        check.orThrowIfAnyMissing(items);
        items = List.copyOf(items);
        ruleModifications = List.copyOf(ruleModifications);
        checkHostDetails(check, items, refund, ruleModifications);
        checkParcels(check, outgoingParcel, incomingParcel);
        check.require(returnFee.forAll(fee -> !fee.isNegative()), "returnFee", "negative", "must not be negative")
                .require(labelCost.forAll(cost -> !cost.isNegative()), "labelCost", "negative",
                        "must not be negative")
                .require(deliveryOption != DeliveryOption.IN_STORE || storeLocation.isDefined(), "storeLocation",
                        "required", "is required for an in-store return")
                .orThrow();
    }

    /**
     * The refund is in the items' currency; at most {@value #MAX_RULE_MODIFICATIONS} rule modifications, each
     * naming a returned item if any. Shared with the aggregate's own check.
     */
    static void checkHostDetails(Check check, List<ReturnItem> items, RefundDetails refund,
            List<RuleModification> ruleModifications) {
        check.require(ruleModifications.size() <= MAX_RULE_MODIFICATIONS, "ruleModifications", "out_of_range",
                "must hold at most " + MAX_RULE_MODIFICATIONS + " modifications");
        if (items.isEmpty() || items.stream().anyMatch(Objects::isNull)) {
            return;
        }
        check.require(refund.totalRefund()
                        .forAll(total -> total.currency().equals(items.get(0).unitPrice().currency())),
                "refund.totalRefund.currency", "currency_mismatch", "must be the currency of the items");
        Set<Reference> itemIds = new HashSet<>();
        items.forEach(item -> itemIds.add(item.id()));
        for (int index = 0; index < ruleModifications.size(); index++) {
            RuleModification modification = ruleModifications.get(index);
            check.require(modification != null, "ruleModifications[" + index + "]", "required", "is required");
            if (modification != null) {
                check.require(modification.itemId().forAll(itemIds::contains),
                        "ruleModifications[" + index + "].itemId", "unknown", "must be a returned item");
            }
        }
    }

    /**
     * Only the incoming parcel has a return status id, and its status slug is the return's own status, so the
     * host gives none. Shared with the aggregate's own check.
     */
    static void checkParcels(Check check, Option<ParcelReference> outgoingParcel,
            Option<ParcelReference> incomingParcel) {
        check.require(outgoingParcel.forAll(parcel -> parcel.details().returnStatusId().isEmpty()),
                        "outgoingParcel.details.returnStatusId", "not_applicable",
                        "only the incoming parcel has a return status")
                .require(incomingParcel.forAll(parcel -> parcel.details().globalStatusSlug().isEmpty()),
                        "incomingParcel.details.globalStatusSlug", "not_applicable",
                        "the incoming parcel's status is the return's parcel status");
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
                        .require(items.get(0) == null
                                        || item.unitPrice().currency().equals(items.get(0).unitPrice().currency()),
                                "items[" + index + "].unitPrice.currency", "currency_mismatch",
                                "must be the currency of the first item");
            }
        }
    }
}
