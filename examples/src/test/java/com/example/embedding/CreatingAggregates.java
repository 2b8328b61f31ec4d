package com.example.embedding;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.fulfillment.Destination;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ParcelReference;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.ShortText;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** docs/embedding.md, "Creating aggregates": a shipment, a return and a fulfillment order, as a host creates them. */
final class CreatingAggregates {

    private final Rescind rescind;

    CreatingAggregates(Rescind rescind) {
        this.rescind = rescind;
    }

    /** A ReturnQueen shipment for an order: it starts PENDING, and may be cancelled until it is picked up. */
    Either<Rejection, Applied<Shipment>> createShipment(CommandContext merchant, Instant shipOn) {
        NewShipment shipment = new NewShipment(
                new ShipmentId("123e4567-e89b-12d3-a456-426614174000"),  // your id, or one from Rescind's ids
                new Reference("ORDER-123"),                              // the order number it ships
                ShipmentType.DELIVERY,
                shipOn,
                Option.some(new Reference("postnl")),                    // carrier, when already known
                Option.none(),                                           // carrier service level
                Option.none(),                                           // label URL
                Metadata.EMPTY);
        return rescind.shipments().create(merchant, shipment);
    }

    /** A Sendcloud return of one item, refunded: it starts ANNOUNCING until the carrier announces the label. */
    Either<Rejection, Applied<Return>> createReturn(CommandContext merchant) {
        Currency eur = Currency.getInstance("EUR");
        ReturnItem shirt = new ReturnItem(new Reference("item-1"), new Reference("SHIRT-S"), 1,
                new Money(new BigDecimal("24.95"), eur), Compensation.REFUND);
        NewReturn newReturn = new NewReturn(
                new ReturnId("1751075"),
                Option.some(new Reference("1")),                         // reason code
                Option.none(),                                           // customer message
                Option.some(new ParcelReference(new Reference("1"), Option.none(), Option.none())),  // outgoing
                Option.none(),                                           // incoming parcel, once labelled
                DeliveryOption.DROP_OFF_POINT,
                Option.none(),                                           // store location
                Option.none(),                                           // return fee
                Option.none(),                                           // label cost
                List.of(shirt),
                Option.none(),                                           // refund method
                Option.some(new Reference("postnl")),
                true,                                                    // the carrier can void a label
                Option.some(new Reference("450789469")),                 // the order
                Option.none());                                          // draft order, for an exchange
        return rescind.returns().create(merchant, newReturn);
    }

    /** A Shopify fulfillment order of one line, for a location and its fulfillment service: it starts OPEN. */
    Either<Rejection, Applied<FulfillmentOrder>> createFulfillmentOrder(CommandContext merchant) {
        Destination destination = new Destination(Option.none(), text("Chestnut Street 92"), Option.none(),
                text("Louisville"), Option.none(), text("United States"), Option.none(), text("Bob"), text("Norman"),
                Option.none(), text("Kentucky"), text("40202"));
        NewFulfillmentOrder order = new NewFulfillmentOrder(
                new FulfillmentOrderId("1046000803"),
                new Reference("450789469"),                              // the order
                new Reference("24826418"),                               // the assigned location
                Option.some(new Reference("shipwire")),                  // the service that answers requests
                Option.some(destination),
                Option.none(),                                           // origin
                List.of(FulfillmentLineItem.of(new Reference("1072503299"), new Reference("518995019"),
                        Option.none(), Option.none(), 1)),               // 1 unit of line item 518995019
                Option.none(),                                           // fulfill at
                Option.none());                                          // fulfill by
        return rescind.fulfillmentOrders().create(merchant, order);
    }

    private static Option<ShortText> text(String value) {
        return Option.some(new ShortText(value));
    }
}
