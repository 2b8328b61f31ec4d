package dev.rescind.adapters.json.sendcloud;

import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.ParcelReference;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.RefundDetails;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.RuleModification;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A return as Sendcloud's Return object shows it (seed 001), plus {@code parent_status} from the v3 API
 * (seed 000): what {@link SendcloudJson} renders and reads back. The items appear only as their total value
 * and the kind of compensation; the tenant, version, carrier, refund method, shop order references and the
 * open cancellation request are not on this wire.
 *
 * @param refundType   {@code exchange} when any item is exchanged, else {@code money}
 * @param refund       the rest of {@code refund}, as the host gave it
 * @param itemsCost    unit price times quantity over all items, in the items' currency (not on the wire); kept
 *                     without trailing zeros, as the wire writes it
 * @param parentStatus the incoming parcel's lifecycle: after a cancellation request it shows whether the
 *                     carrier actually cancelled
 * @param id                {@code id}
 * @param createdAt         {@code created_at}
 * @param reason            {@code reason}: the id of the return reason
 * @param outgoingParcel    {@code outgoing_parcel} and {@code outgoing_parcel_data}
 * @param incomingParcel    {@code incoming_parcel} and {@code incoming_parcel_data}
 * @param message           {@code message}: the customer's message
 * @param isCancellable     {@code is_cancellable}
 * @param returnFee         {@code return_fee} with {@code return_fee_currency}
 * @param labelCost         {@code label_cost} with {@code label_currency}
 * @param deliveredAt       {@code delivered_at}
 * @param deliveryOption    {@code delivery_option}
 * @param storeLocation     {@code store_location}: the id of the store the return is brought to
 * @param ruleModifications {@code rule_modifications}, in their order
 */
public record SendcloudReturn(
        ReturnId id,
        Instant createdAt,
        Option<Reference> reason,
        Option<ParcelReference> outgoingParcel,
        Option<ParcelReference> incomingParcel,
        Option<Message> message,
        RefundType refundType,
        Refund refund,
        boolean isCancellable,
        Option<Money> returnFee,
        Option<Money> labelCost,
        BigDecimal itemsCost,
        Option<Instant> deliveredAt,
        DeliveryOption deliveryOption,
        Option<Reference> storeLocation,
        List<RuleModification> ruleModifications,
        ParcelStatus parentStatus) {

    /**
     * Sendcloud's {@code refund} besides its type: the amount (no currency on this wire, its scale kept as the
     * host gave it: {@code "10.00"}), when, and notes.
     *
     * @param totalRefund    {@code total_refund}
     * @param refundedAt     {@code refunded_at}
     * @param message        {@code message}
     * @param requireMessage {@code refund_type.require_message}
     */
    public record Refund(Option<BigDecimal> totalRefund, Option<Instant> refundedAt, Option<Message> message,
            boolean requireMessage) {

        /**
         * Checks that no component is null.
         *
         * @param totalRefund    {@code total_refund}
         * @param refundedAt     {@code refunded_at}
         * @param message        {@code message}
         * @param requireMessage {@code refund_type.require_message}
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public Refund {
            Check.start()
                    .required("total_refund", totalRefund)
                    .required("refunded_at", refundedAt)
                    .required("message", message)
                    .orThrow();
        }

        static Refund of(RefundDetails details) {
            return new Refund(details.totalRefund().map(Money::amount), details.refundedAt(), details.message(),
                    details.requireMessage());
        }
    }

    /** Sendcloud's {@code refund.refund_type}, as far as Rescind's compensation tells it. */
    public enum RefundType {
        /** {@code money}: the customer gets money back. */
        MONEY("money", "Money back"),
        /** {@code exchange}: at least one item is exchanged. */
        EXCHANGE("exchange", "Exchange");

        private final String code;
        private final String label;

        RefundType(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** {@return the wire value of {@code code}} */
        public String code() {
            return code;
        }

        /** {@return the wire value of {@code label}} */
        public String label() {
            return label;
        }
    }

    /**
     * Checks the components; keeps {@code itemsCost} without trailing zeros and a copy of the rule modifications.
     *
     * @param id                {@code id}
     * @param createdAt         {@code created_at}
     * @param reason            {@code reason}: the id of the return reason
     * @param outgoingParcel    {@code outgoing_parcel} and {@code outgoing_parcel_data}
     * @param incomingParcel    {@code incoming_parcel} and {@code incoming_parcel_data}
     * @param message           {@code message}: the customer's message
     * @param refundType        {@code exchange} when any item is exchanged, else {@code money}
     * @param refund            the rest of {@code refund}, as the host gave it
     * @param isCancellable     {@code is_cancellable}
     * @param returnFee         {@code return_fee} with {@code return_fee_currency}
     * @param labelCost         {@code label_cost} with {@code label_currency}
     * @param itemsCost         unit price times quantity over all items, in the items' currency (not on the wire); kept
     *                          without trailing zeros, as the wire writes it
     * @param deliveredAt       {@code delivered_at}
     * @param deliveryOption    {@code delivery_option}
     * @param storeLocation     {@code store_location}: the id of the store the return is brought to
     * @param ruleModifications {@code rule_modifications}, in their order
     * @param parentStatus      the incoming parcel's lifecycle: after a cancellation request it shows whether the
     *                          carrier actually cancelled
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or an amount is negative
     */
    public SendcloudReturn {
        Check.start()
                .required("id", id)
                .required("created_at", createdAt)
                .required("reason", reason)
                .required("outgoing_parcel", outgoingParcel)
                .required("incoming_parcel", incomingParcel)
                .required("message", message)
                .required("refund", refundType)
                .required("refund", refund)
                .required("rule_modifications", ruleModifications)
                .required("return_fee", returnFee)
                .required("label_cost", labelCost)
                .required("items_cost", itemsCost)
                .required("delivered_at", deliveredAt)
                .required("delivery_option", deliveryOption)
                .required("store_location", storeLocation)
                .required("parent_status", parentStatus)
                .orThrow();
        itemsCost = itemsCost.stripTrailingZeros();
        ruleModifications = List.copyOf(ruleModifications);
        Check.start()
                .require(itemsCost.signum() >= 0, "items_cost", "negative", "must not be negative")
                .require(returnFee.forAll(fee -> !fee.isNegative()), "return_fee", "negative", "must not be negative")
                .require(labelCost.forAll(cost -> !cost.isNegative()), "label_cost", "negative",
                        "must not be negative")
                .orThrow();
    }

    /**
     * What Sendcloud shows of {@code aReturn}.
     *
     * @param aReturn the return as stored
     * @return its Sendcloud view
     */
    public static SendcloudReturn of(Return aReturn) {
        return new SendcloudReturn(aReturn.id(), aReturn.createdAt(), aReturn.reasonCode(), aReturn.outgoingParcel(),
                aReturn.incomingParcel(), aReturn.customerMessage(),
                aReturn.hasExchange() ? RefundType.EXCHANGE : RefundType.MONEY, Refund.of(aReturn.refund()),
                aReturn.isCancellable(), aReturn.returnFee(), aReturn.labelCost(), aReturn.itemsValue().amount(),
                aReturn.deliveredAt(), aReturn.deliveryOption(), aReturn.storeLocation(), aReturn.ruleModifications(),
                aReturn.parcelStatus());
    }

    /**
     * Rescind's spelling of a parcel status on Sendcloud's wire: {@code in_transit}.
     *
     * @param status a parcel status
     * @return its slug
     */
    public static String slug(ParcelStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A parcel status for a person: {@code In transit}.
     *
     * @param status a parcel status
     * @return its label
     */
    public static String label(ParcelStatus status) {
        String words = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
