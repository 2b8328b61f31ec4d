package dev.rescind.domain.returns;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.WebAddress;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Returns from the seeds, brought into each state by the domain's own commands: Sendcloud's return
 * (seeds 000/001) and parcelLab's exchange return (seed 004).
 */
final class ReturnFixture {

    static final TenantId SENDCLOUD_USER = new TenantId("sendcloud-user");
    static final Actor MERCHANT = Actor.apiKey("sendcloud-public-key");
    static final Reference CARRIER_ID = new Reference("dhl");
    static final Actor CARRIER = Actor.carrier("dhl");
    static final Instant CREATED_AT = OffsetDateTime.parse("2022-06-07T16:36:49.419457+02:00").toInstant();
    static final Instant ANNOUNCED_AT = CREATED_AT.plusSeconds(60);
    static final Instant REQUESTED_AT = CREATED_AT.plusSeconds(3600);
    static final CancellationRequestId REQUEST_ID = new CancellationRequestId("cancel-1751075");

    static final TenantId PARCELLAB_USER = new TenantId("1612198");
    static final Actor PARCELLAB_MERCHANT = Actor.merchant("1612198");
    static final Reference DRAFT_ORDER = new Reference("gid://shopify/DraftOrder/1109853355");

    private ReturnFixture() {
    }

    /** Sendcloud's example return: {@code drop_off_point}, fee 3.5 EUR, label 6.95 EUR, items 48.95 EUR. */
    static NewReturn sendcloudDetails(boolean carrierSupportsCancellation) {
        ParcelReference parcel = new ParcelReference(new Reference("1"), Option.some(new Reference("JVGL1234567800000049")),
                Option.some(WebAddress.of("https://tracking.example.com/forward?carrier=dhl&code=JVGL1234567800000049")
                        .get()));
        ReturnItem item = new ReturnItem(new Reference("item-1"), new Reference("EU2548657452-1"), 1, euros("48.95"),
                Compensation.REFUND);
        return new NewReturn(new ReturnId("1751075"), Option.some(new Reference("1")),
                Option.some(new Message("Not good enough for me")), Option.some(parcel), Option.some(parcel),
                DeliveryOption.DROP_OFF_POINT, Option.some(new Reference("1")), Option.some(euros("3.5")),
                Option.some(euros("6.95")), List.of(item), Option.none(), Option.some(CARRIER_ID),
                carrierSupportsCancellation, Option.none(), Option.none());
    }

    static Return announcing() {
        return created(SENDCLOUD_USER, MERCHANT, sendcloudDetails(true));
    }

    static Return announced() {
        return apply(announcing(), CARRIER, new ReturnCommand.Announce(), ANNOUNCED_AT);
    }

    static Return announcedWithACarrierThatCannotCancel() {
        return apply(created(SENDCLOUD_USER, MERCHANT, sendcloudDetails(false)), CARRIER,
                new ReturnCommand.Announce(), ANNOUNCED_AT);
    }

    static Return inTransit() {
        return apply(announced(), CARRIER, new ReturnCommand.RecordScan(), ANNOUNCED_AT.plusSeconds(60));
    }

    static Return delivered() {
        return apply(inTransit(), CARRIER, new ReturnCommand.RecordDelivery(), ANNOUNCED_AT.plusSeconds(120));
    }

    /** A return whose cancellation has been requested, with the request the same decision opened. */
    record Cancelling(Return theReturn, CancellationRequest request) {
    }

    static Cancelling cancelling(Return cancellable) {
        Decision<Return> decision = cancellable.decide(MERCHANT,
                        new ReturnCommand.RequestCancellation(REQUEST_ID, Option.none()), REQUESTED_AT)
                .getOrElseThrow(rejection -> new AssertionError(rejection.message()));
        return new Cancelling(decision.aggregate(), decision.related(CancellationRequest.class).get());
    }

    static Cancelling cancelling() {
        return cancelling(announced());
    }

    /**
     * parcelLab's exchange return {@code af0000000000000000000001}: two exchange lines of one unit each,
     * one with a price difference; no refund method yet; a Shopify draft order for the exchange.
     */
    static NewReturn parcelLabDetails(List<ReturnItem> items, Option<RefundMethod> refundMethod) {
        return new NewReturn(new ReturnId("af0000000000000000000001"), Option.none(), Option.none(), Option.none(),
                Option.none(), DeliveryOption.DROP_OFF_POINT, Option.none(), Option.none(), Option.none(), items,
                refundMethod, Option.none(), false, Option.some(new Reference("450789469")),
                Option.some(DRAFT_ORDER));
    }

    static List<ReturnItem> twoExchangeLinesOneUneven() {
        return List.of(
                new ReturnItem(new Reference("line-1"), new Reference("shirt-blue-s"), 1, euros("29.95"),
                        Compensation.exchange(new Reference("shirt-blue-m"))),
                new ReturnItem(new Reference("line-2"), new Reference("jeans-32"), 1, euros("79.95"),
                        Compensation.unevenExchange(new Reference("jeans-premium-32"), euros("20.00"))));
    }

    static Return exchangeReturn() {
        return created(PARCELLAB_USER, PARCELLAB_MERCHANT, parcelLabDetails(twoExchangeLinesOneUneven(),
                Option.none()));
    }

    static Return exchangeReturn(List<ReturnItem> items, Option<RefundMethod> refundMethod) {
        return created(PARCELLAB_USER, PARCELLAB_MERCHANT, parcelLabDetails(items, refundMethod));
    }

    /** The exchange return, delivered and closed by the merchant. */
    static Return closedExchangeReturn() {
        Return delivered = apply(apply(apply(exchangeReturn(), CARRIER, new ReturnCommand.Announce(), ANNOUNCED_AT),
                CARRIER, new ReturnCommand.RecordScan(), ANNOUNCED_AT.plusSeconds(60)), CARRIER,
                new ReturnCommand.RecordDelivery(), ANNOUNCED_AT.plusSeconds(120));
        return apply(delivered, PARCELLAB_MERCHANT, new ReturnCommand.Close(), ANNOUNCED_AT.plusSeconds(180));
    }

    static Money euros(String amount) {
        return Money.of(amount, "EUR").get();
    }

    static Return apply(Return aReturn, Actor actor, ReturnCommand command, Instant now) {
        return aReturn.decide(actor, command, now)
                .getOrElseThrow(rejection -> new AssertionError(command + " refused: " + rejection.message()))
                .aggregate();
    }

    private static Return created(TenantId tenant, Actor actor, NewReturn details) {
        return Return.create(tenant, actor, details, CREATED_AT)
                .getOrElseThrow(rejection -> new AssertionError(rejection.message()))
                .aggregate();
    }
}
