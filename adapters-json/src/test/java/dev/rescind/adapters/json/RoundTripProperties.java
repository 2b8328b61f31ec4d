package dev.rescind.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescind.adapters.json.internal.StrictJson;
import dev.rescind.adapters.json.parcellab.CancelExchangeResult;
import dev.rescind.adapters.json.parcellab.EditReturnRequest;
import dev.rescind.adapters.json.parcellab.ParcelLabJson;
import dev.rescind.adapters.json.returnqueen.ReturnQueenJson;
import dev.rescind.adapters.json.returnqueen.ReturnQueenShipment;
import dev.rescind.adapters.json.sendcloud.SendcloudJson;
import dev.rescind.adapters.json.sendcloud.SendcloudReturn;
import dev.rescind.adapters.json.shopify.CancellationRequestBody;
import dev.rescind.adapters.json.shopify.ShopifyFulfillmentOrder;
import dev.rescind.adapters.json.shopify.ShopifyJson;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;
import dev.rescind.testkit.arbitraries.Reached;
import dev.rescind.testkit.arbitraries.ReturnModel;
import dev.rescind.testkit.arbitraries.ShipmentModel;
import dev.rescind.testkit.arbitraries.Walks;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For aggregates in any reachable state and for generated requests: what Rescind renders, read back as text
 * through the strict reader, is the same value, and renders to the same JSON.
 */
class RoundTripProperties {

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void a_return_queen_shipment_reads_back_as_itself(@ForAll("shipments") Reached<Shipment> reached) {
        ReturnQueenShipment shipment = ReturnQueenShipment.of(reached.aggregate());
        JsonNode json = ReturnQueenJson.render(shipment);

        ReturnQueenShipment read = readBack(json, ReturnQueenJson::parseShipment);

        assertThat(read).isEqualTo(shipment);
        assertThat(ReturnQueenJson.render(read)).isEqualTo(json);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void a_shopify_fulfillment_order_reads_back_as_itself_in_any_shop_zone(
            @ForAll("fulfillmentOrders") Reached<FulfillmentOrder> reached, @ForAll("zones") ZoneId zone) {
        ShopifyJson shopify = new ShopifyJson(zone);
        ShopifyFulfillmentOrder order = ShopifyFulfillmentOrder.of(reached.aggregate());
        JsonNode json = shopify.render(order);

        ShopifyFulfillmentOrder read = readBack(json, ShopifyJson::parseFulfillmentOrder);

        assertThat(read).isEqualTo(order);
        assertThat(shopify.render(read)).isEqualTo(json);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void a_sendcloud_return_reads_back_as_itself_in_any_account_zone(@ForAll("returns") Reached<Return> reached,
            @ForAll("zones") ZoneId zone) {
        SendcloudJson sendcloud = new SendcloudJson(zone);
        SendcloudReturn aReturn = SendcloudReturn.of(reached.aggregate());
        JsonNode json = sendcloud.render(aReturn);

        SendcloudReturn read = readBack(json, SendcloudJson::parseReturn);

        assertThat(read).isEqualTo(aReturn);
        assertThat(sendcloud.render(read)).isEqualTo(json);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void a_parcel_lab_cancel_exchange_answer_reads_back_as_itself(
            @ForAll("cancelExchangeResults") CancelExchangeResult result) {
        JsonNode json = ParcelLabJson.render(result);

        CancelExchangeResult read = readBack(json, ParcelLabJson::parseResult);

        assertThat(read).isEqualTo(result);
        assertThat(ParcelLabJson.render(read)).isEqualTo(json);
    }

    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void a_parcel_lab_request_reads_back_as_itself(@ForAll("editReturnRequests") EditReturnRequest request) {
        JsonNode json = ParcelLabJson.renderEditReturn(request);

        EditReturnRequest read = ParcelLabJson.parseEditReturn(request.user().value(), bytes(json)).get();

        assertThat(read).isEqualTo(request);
        assertThat(ParcelLabJson.renderEditReturn(read)).isEqualTo(json);
    }

    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void a_shopify_cancellation_request_body_reads_back_as_itself(
            @ForAll("cancellationRequestBodies") CancellationRequestBody body) {
        JsonNode json = ShopifyJson.renderCancellationRequest(body);

        CancellationRequestBody read = ShopifyJson.parseCancellationRequest(bytes(json)).get();

        assertThat(read).isEqualTo(body);
        assertThat(ShopifyJson.renderCancellationRequest(read)).isEqualTo(json);
    }

    /** Through text and the strict reader, as a client would receive it. */
    private static <T> T readBack(JsonNode json, Function<JsonNode, Either<Rejection.InvalidInput, T>> parse) {
        Either<Rejection.InvalidInput, T> read = StrictJson.readTree(bytes(json)).flatMap(parse);
        assertThat(read.isRight()).as("%s reads back, but: %s", json, read).isTrue();
        return read.get();
    }

    private static byte[] bytes(JsonNode json) {
        return StrictJson.write(json).getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<Reached<Shipment>> shipments() {
        return Walks.anyReachable(ShipmentModel.INSTANCE);
    }

    @Provide
    Arbitrary<Reached<FulfillmentOrder>> fulfillmentOrders() {
        return Walks.anyReachable(FulfillmentOrderModel.INSTANCE);
    }

    @Provide
    Arbitrary<Reached<Return>> returns() {
        return Walks.anyReachable(ReturnModel.INSTANCE);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return WireArbitraries.zones();
    }

    @Provide
    Arbitrary<CancelExchangeResult> cancelExchangeResults() {
        return WireArbitraries.cancelExchangeResults();
    }

    @Provide
    Arbitrary<EditReturnRequest> editReturnRequests() {
        return WireArbitraries.editReturnRequests();
    }

    @Provide
    Arbitrary<CancellationRequestBody> cancellationRequestBodies() {
        return WireArbitraries.cancellationRequestBodies();
    }
}
