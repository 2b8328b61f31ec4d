package dev.rescind.adapters.json.sendcloud;

import static dev.rescind.adapters.json.SeedExampleFixture.compare;
import static dev.rescind.adapters.json.SeedExampleFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.RescindFixture;
import dev.rescind.application.CommandContext;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ParcelDetails;
import dev.rescind.domain.returns.ParcelReference;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.RefundDetails;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.returns.RuleModification;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.ShortText;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.WebAddress;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seeds 000 and 001: the answers of {@code PATCH /returns/{id}/cancel} and the Return object, each from the
 * documented starting state, compared field by field.
 */
class SendcloudGoldenTest {

    private static final TenantId ACCOUNT = new TenantId("sendcloud-account-1");
    private static final CommandContext MERCHANT = CommandContext.of(ACCOUNT, Actor.apiKey("public-key"));
    private static final CommandContext CARRIER = CommandContext.of(ACCOUNT, Actor.carrier("dhl"));
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final RescindFixture fixture = RescindFixture.at("2022-06-07T14:36:49.419457Z");
    private final SendcloudApi api = new SendcloudApi(fixture.rescind, AMSTERDAM);

    @Test
    void requesting_cancellation_of_a_cancellable_return_is_the_documented_202() {
        ReturnId id = announcedReturn("1751075");

        HttpAnswer answer = api.requestCancellation(MERCHANT, "1751075");

        assertThat(answer.status()).isEqualTo(202);
        compare(json("sendcloud/cancel-accepted-response.json"), answer.body()).verify();
        assertThat(fixture.rescind.returns().get(ACCOUNT, id).get().parcelStatus()).isEqualTo(ParcelStatus.CANCELLING);
        HttpAnswer later = api.getReturn(ACCOUNT, "1751075");
        assertThat(later.body().get("parent_status").asText()).isEqualTo("cancelling");
        assertThat(later.body().get("is_cancellable").asBoolean()).isFalse();
    }

    @Test
    void requesting_cancellation_of_a_scanned_return_is_the_documented_409() {
        ReturnId id = announcedReturn("1751075");
        fixture.rescind.returns().recordScan(CARRIER, id).get();

        HttpAnswer answer = api.requestCancellation(MERCHANT, "1751075");

        assertThat(answer.status()).isEqualTo(409);
        compare(json("sendcloud/cancel-conflict-response.json"), answer.body()).verify();
        assertThat(fixture.rescind.returns().get(ACCOUNT, id).get().parcelStatus()).isEqualTo(ParcelStatus.IN_TRANSIT);
    }

    @Test
    void the_documented_delivered_return_renders_as_documented_where_rescind_models_the_field() {
        ReturnId id = announcedReturn("1");
        fixture.rescind.returns().recordScan(CARRIER, id).get();
        fixture.rescind.returns().recordDelivery(CARRIER, id).get();

        HttpAnswer answer = api.getReturn(ACCOUNT, "1");

        assertThat(answer.status()).isEqualTo(200);
        compare(json("sendcloud/return.json"), answer.body())
                .differs("refund.total_refund", "\"10.00\"", "the document quotes the amount inside its string; "
                        + "Rescind writes the decimal string once")
                .differs("is_cancellable", "false", "the example's parcel is delivered, and a delivered parcel "
                        + "can no longer be cancelled upstream; the example contradicts itself there")
                .adds("parent_status", "\"delivered\"", "the v3 field seed 000 points to for the outcome of a "
                        + "cancellation request")
                .verify();
    }

    @Test
    void reading_the_documented_return_object_refuses_only_the_doubly_quoted_amount_and_the_missing_v3_status() {
        Either<Rejection.InvalidInput, SendcloudReturn> read = SendcloudJson.parseReturn(json("sendcloud/return.json"));

        assertThat(read.getLeft().errors()).extracting(FieldError::path)
                .containsExactlyInAnyOrder("refund.total_refund", "parent_status");
    }

    @Test
    void the_documented_return_reads_back_as_rendered() {
        ReturnId id = announcedReturn("1");

        HttpAnswer answer = api.getReturn(ACCOUNT, "1");

        assertThat(SendcloudJson.parseReturn(answer.body()).get())
                .isEqualTo(SendcloudReturn.of(fixture.rescind.returns().get(ACCOUNT, id).get()));
    }

    @Test
    void a_parcel_from_an_unknown_country_or_without_packages_is_refused_naming_the_wire_fields() {
        ObjectNode document = json("sendcloud/return.json").deepCopy();
        document.put("parent_status", "delivered");
        ((ObjectNode) document.get("refund")).put("total_refund", "10.00");
        ((ObjectNode) document.get("outgoing_parcel_data")).put("from_country", "XX").put("collo_count", 0);

        Either<Rejection.InvalidInput, SendcloudReturn> read = SendcloudJson.parseReturn(document);

        assertThat(read.getLeft().errors()).extracting(FieldError::path).containsExactlyInAnyOrder(
                "outgoing_parcel_data.from_country", "outgoing_parcel_data.collo_count");
    }

    /** A return as the documented one, with the documented parcel and refund data, announced by its carrier. */
    private ReturnId announcedReturn(String id) {
        ReturnId returnId = new ReturnId(id);
        String tracking = "JVGL1234567800000049";
        ParcelReference outgoing = documentedParcel(tracking, Option.some(new ShortText("delivered")), Option.none());
        ParcelReference incoming = documentedParcel(tracking, Option.none(), Option.some(1));
        RefundDetails refund = new RefundDetails(Option.some(euros("10.00")),
                Option.some(Instant.ofEpochMilli(1654683771746L)), Option.some(new Message("Exchange for size M")),
                true);
        RuleModification shipWith = new RuleModification(new ShortText("my_ship_with_rule"),
                new ShortText("ship_with"), new ShortText("PostNL Return"), new ShortText("ship_with"),
                new ShortText("Return method"), 1, Option.none());
        fixture.rescind.returns().create(MERCHANT, new NewReturn(returnId, Option.some(new Reference("1")),
                Option.some(new Message("Not good enough for me")), Option.some(outgoing), Option.some(incoming),
                DeliveryOption.DROP_OFF_POINT, Option.some(new Reference("1")), Option.some(euros("3.5")),
                Option.some(euros("6.95")), List.of(new ReturnItem(new Reference("item-1"),
                        new Reference("article-1"), 1, euros("48.95"), Compensation.REFUND)),
                Option.none(), Option.some(new Reference("dhl")), true, Option.none(), Option.none(), refund,
                List.of(shipWith))).get();
        fixture.rescind.returns().announce(CARRIER, returnId).get();
        return returnId;
    }

    private static ParcelReference documentedParcel(String tracking, Option<ShortText> slug,
            Option<Integer> returnStatusId) {
        ParcelDetails details = new ParcelDetails(Option.some(11), slug, returnStatusId,
                Option.some(new ShortText("My Brand")), Option.some(new Reference("EU2548657452")),
                Option.some(new ShortText("contact@sendcloud.com")), Option.some(true), Option.some(1),
                Option.some("NL"), Option.some(new ShortText("Jane Doe")), Option.some(new Reference("994")));
        return new ParcelReference(new Reference("1"), Option.some(new Reference(tracking)),
                Option.some(WebAddress.of("https://tracking.sendcloud.sc/forward?carrier=dhl&code=" + tracking).get()),
                details);
    }

    private static Money euros(String amount) {
        return Money.of(amount, "EUR").get();
    }
}
