package dev.rescind.adapters.json.sendcloud;

import static dev.rescind.adapters.json.SeedExampleFixture.compare;
import static dev.rescind.adapters.json.SeedExampleFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.RescindFixture;
import dev.rescind.application.CommandContext;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ParcelReference;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.WebAddress;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rescind's extensions of Sendcloud's Returns API: cancelling the return of some units of an item, and
 * updating the host's parcel and refund data, which brings a return created without them to seed 001's example.
 */
class SendcloudReturnEditsTest {

    private static final TenantId ACCOUNT = new TenantId("sendcloud-account-1");
    private static final CommandContext MERCHANT = CommandContext.of(ACCOUNT, Actor.apiKey("public-key"));
    private static final CommandContext CARRIER = CommandContext.of(ACCOUNT, Actor.carrier("dhl"));

    private final RescindFixture fixture = RescindFixture.at("2022-06-07T14:36:49.419457Z");
    private final SendcloudApi api = new SendcloudApi(fixture.rescind, ZoneId.of("Europe/Amsterdam"));

    @Test
    void cancelling_two_of_five_units_answers_the_ledger_and_the_whole_return_object() {
        announcedReturn(5);

        HttpAnswer answer = api.cancelItem(MERCHANT, "1", "item-1",
                body("{\"quantity\": 2, \"reason\": \"Kept two\"}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.bodyText()).startsWith("{\"message\":\"Return of the items cancelled successfully\","
                + "\"item\":{\"id\":\"item-1\",\"quantity\":5,\"cancelled_quantity\":2,\"remaining_quantity\":3,"
                + "\"just_cancelled\":2},\"return\":{");
        assertThat(answer.body().get("return")).isEqualTo(api.getReturn(ACCOUNT, "1").body());
        assertThat(answer.body().at("/return/items_cost").decimalValue()).isEqualByComparingTo("146.85");
        assertThat(answer.body().at("/return/parent_status").asText()).isEqualTo("announced");
        assertThat(answer.body().at("/return/is_cancellable").asBoolean()).isTrue();
    }

    @Test
    void asking_for_more_than_remains_is_a_409_naming_the_item_and_both_quantities_and_changes_nothing() {
        announcedReturn(5);
        api.cancelItem(MERCHANT, "1", "item-1", body("{\"quantity\": 4}"));
        JsonNode before = api.getReturn(ACCOUNT, "1").body();

        HttpAnswer answer = api.cancelItem(MERCHANT, "1", "item-1", body("{\"quantity\": 2}"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.bodyText()).isEqualTo("{\"errors\":[{\"field\":\"quantity\",\"code\":409,"
                + "\"message\":\"Return 1 has 1 of item item-1 left to cancel, not 2.\"}]}");
        assertThat(api.getReturn(ACCOUNT, "1").body()).isEqualTo(before);
    }

    @Test
    void once_the_carrier_scanned_the_parcel_it_is_the_documented_409() {
        ReturnId id = announcedReturn(5);
        fixture.rescind.returns().recordScan(CARRIER, id).get();

        HttpAnswer answer = api.cancelItem(MERCHANT, "1", "item-1", body("{\"quantity\": 1}"));

        assertThat(answer.status()).isEqualTo(409);
        compare(json("sendcloud/cancel-conflict-response.json"), answer.body()).verify();
    }

    @Test
    void a_bad_quantity_or_an_unknown_member_is_a_400_naming_each_field() {
        announcedReturn(5);

        HttpAnswer answer = api.cancelItem(MERCHANT, "1", "item-1", body("{\"quantity\": 0, \"colour\": \"red\"}"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("quantity", "colour");
    }

    @Test
    void an_item_the_return_does_not_hold_is_a_400() {
        announcedReturn(5);

        HttpAnswer answer = api.cancelItem(MERCHANT, "1", "item-9", body("{\"quantity\": 1}"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("itemId");
    }

    @Test
    void the_seeds_parcel_and_refund_data_given_later_render_the_documented_return() {
        ReturnId id = returnWithoutHostData();
        fixture.rescind.returns().announce(CARRIER, id).get();
        fixture.rescind.returns().recordScan(CARRIER, id).get();
        fixture.rescind.returns().recordDelivery(CARRIER, id).get();

        HttpAnswer updated = api.updateReturn(MERCHANT, "1", body(SEED_DATA));

        assertThat(updated.status()).isEqualTo(200);
        compare(json("sendcloud/return.json"), updated.body())
                .differs("refund.total_refund", "\"10.00\"", "the document quotes the amount inside its string; "
                        + "Rescind writes the decimal string once")
                .differs("is_cancellable", "false", "a delivered parcel can no longer be cancelled upstream")
                .adds("parent_status", "\"delivered\"", "the v3 field seed 000 points to")
                .verify();
    }

    @Test
    void sending_the_same_update_again_changes_nothing() {
        ReturnId id = returnWithoutHostData();
        api.updateReturn(MERCHANT, "1", body(SEED_DATA));
        Return first = fixture.rescind.returns().get(ACCOUNT, id).get();

        HttpAnswer again = api.updateReturn(MERCHANT, "1", body(SEED_DATA));

        assertThat(again.status()).isEqualTo(200);
        assertThat(fixture.rescind.returns().get(ACCOUNT, id).get()).isEqualTo(first);
        assertThat(fixture.rescind.returns().timeline(ACCOUNT, id).get()).hasSize(2);
    }

    @Test
    void a_member_left_out_stays_as_it_was() {
        ReturnId id = returnWithoutHostData();
        api.updateReturn(MERCHANT, "1", body(SEED_DATA));

        api.updateReturn(MERCHANT, "1", body("{\"refund\": {\"total_refund\": \"12.50\"}}"));

        Return after = fixture.rescind.returns().get(ACCOUNT, id).get();
        assertThat(after.refund().totalRefund()).contains(Money.of("12.50", "EUR").get());
        assertThat(after.refund().message()).isEmpty();
        assertThat(after.ruleModifications()).hasSize(1);
        assertThat(after.outgoingParcel().get().details().brandName().get().value()).isEqualTo("My Brand");
    }

    @Test
    void a_bad_update_is_a_400_naming_the_wire_fields_and_changes_nothing() {
        ReturnId id = returnWithoutHostData();
        Return before = fixture.rescind.returns().get(ACCOUNT, id).get();

        HttpAnswer answer = api.updateReturn(MERCHANT, "1", body("{\"outgoing_parcel_data\": {\"from_country\": \"XX\","
                + " \"collo_count\": 0}, \"refund\": {\"total_refund\": \"-1\"}}"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("outgoing_parcel_data.from_country", "outgoing_parcel_data.collo_count",
                        "refund.total_refund");
        assertThat(fixture.rescind.returns().get(ACCOUNT, id).get()).isEqualTo(before);
    }

    @Test
    void an_empty_update_is_a_400() {
        returnWithoutHostData();

        assertThat(api.updateReturn(MERCHANT, "1", body("{}")).status()).isEqualTo(400);
    }

    /** The host data of seed 001's example, as the body of {@code PATCH /returns/{id}}. */
    private static final String SEED_DATA = """
            {
              "refund": {"total_refund": "10.00", "refunded_at": 1654683771746, "message": "Exchange for size M",
                         "refund_type": {"require_message": true}},
              "rule_modifications": [{"rule_name": "my_ship_with_rule", "field": "ship_with",
                  "value": "PostNL Return", "action": "ship_with", "friendly_name": "Return method", "priority": 1,
                  "item_id": null}],
              "outgoing_parcel_data": {"parcel_status": 11, "global_status_slug": "delivered",
                  "brand_name": "My Brand", "order_number": "EU2548657452", "from_email": "contact@sendcloud.com",
                  "deleted": true, "collo_count": 1, "from_country": "NL", "from_name": "Jane Doe",
                  "shipping_method": 994},
              "incoming_parcel_data": {"parcel_status": 11, "brand_name": "My Brand", "order_number": "EU2548657452",
                  "from_email": "contact@sendcloud.com", "deleted": true, "collo_count": 1, "from_country": "NL",
                  "from_name": "Jane Doe", "shipping_method": 994},
              "incoming_parcel_status": {"id": 1}
            }
            """;

    private static byte[] body(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Seed 001's return with tracking only, its items {@code units} at 48.95 EUR, announced. */
    private ReturnId announcedReturn(int units) {
        ReturnId id = create(units);
        fixture.rescind.returns().announce(CARRIER, id).get();
        return id;
    }

    private ReturnId returnWithoutHostData() {
        return create(1);
    }

    private ReturnId create(int units) {
        ReturnId returnId = new ReturnId("1");
        String tracking = "JVGL1234567800000049";
        ParcelReference parcel = new ParcelReference(new Reference("1"), Option.some(new Reference(tracking)),
                Option.some(WebAddress.of("https://tracking.sendcloud.sc/forward?carrier=dhl&code=" + tracking)
                        .get()));
        Money euros = Money.of("48.95", "EUR").get();
        fixture.rescind.returns().create(MERCHANT, new NewReturn(returnId, Option.some(new Reference("1")),
                Option.some(new Message("Not good enough for me")), Option.some(parcel), Option.some(parcel),
                DeliveryOption.DROP_OFF_POINT, Option.some(new Reference("1")),
                Option.some(Money.of("3.5", "EUR").get()),
                Option.some(Money.of("6.95", "EUR").get()), List.of(new ReturnItem(new Reference("item-1"),
                        new Reference("article-1"), units, euros, Compensation.REFUND)),
                Option.none(), Option.some(new Reference("dhl")), true, Option.none(), Option.none())).get();
        return returnId;
    }
}
