package dev.rescind.adapters.json.sendcloud;

import static dev.rescind.adapters.json.SeedExampleFixture.compare;
import static dev.rescind.adapters.json.SeedExampleFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.RescindFixture;
import dev.rescind.application.CommandContext;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ParcelReference;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.WebAddress;
import io.vavr.control.Either;
import io.vavr.control.Option;
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
    private static final String NOT_MODELED = "Rescind does not model this field and renders its neutral value";

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
                .differs("refund.total_refund", "null", NOT_MODELED)
                .differs("refund.refunded_at", "null", NOT_MODELED)
                .differs("refund.message", "null", NOT_MODELED)
                .differs("refund.refund_type.require_message", "false", NOT_MODELED)
                .differs("is_cancellable", "false", "the example's parcel is delivered, and a delivered parcel "
                        + "can no longer be cancelled upstream; the example contradicts itself there")
                .differs("rule_modifications", "[]", NOT_MODELED)
                .differs("outgoing_parcel_data.parcel_status", "null", NOT_MODELED)
                .differs("outgoing_parcel_data.global_status_slug", "null", "Rescind models the status of the "
                        + "incoming return parcel only")
                .differs("outgoing_parcel_data.brand_name", "null", NOT_MODELED)
                .differs("outgoing_parcel_data.order_number", "null", NOT_MODELED)
                .differs("outgoing_parcel_data.from_email", "null", NOT_MODELED)
                .differs("outgoing_parcel_data.deleted", "null", NOT_MODELED)
                .differs("outgoing_parcel_data.collo_count", "null", NOT_MODELED)
                .differs("outgoing_parcel_data.from_country", "null", NOT_MODELED)
                .differs("outgoing_parcel_data.from_name", "null", NOT_MODELED)
                .differs("outgoing_parcel_data.shipping_method", "null", NOT_MODELED)
                .differs("incoming_parcel_data.parcel_status", "null", NOT_MODELED)
                .differs("incoming_parcel_data.brand_name", "null", NOT_MODELED)
                .differs("incoming_parcel_data.order_number", "null", NOT_MODELED)
                .differs("incoming_parcel_data.from_email", "null", NOT_MODELED)
                .differs("incoming_parcel_data.deleted", "null", NOT_MODELED)
                .differs("incoming_parcel_data.collo_count", "null", NOT_MODELED)
                .differs("incoming_parcel_data.from_country", "null", NOT_MODELED)
                .differs("incoming_parcel_data.from_name", "null", NOT_MODELED)
                .differs("incoming_parcel_data.shipping_method", "null", NOT_MODELED)
                .differs("incoming_parcel_data.rules", "[]", NOT_MODELED)
                .differs("incoming_parcel_status.id", "null", "Sendcloud's numeric status ids are not modeled")
                .adds("parent_status", "\"delivered\"", "the v3 field seed 000 points to for the outcome of a "
                        + "cancellation request")
                .verify();
    }

    @Test
    void reading_the_documented_return_object_refuses_exactly_the_values_rescind_does_not_model() {
        Either<Rejection.InvalidInput, SendcloudReturn> read = SendcloudJson.parseReturn(json("sendcloud/return.json"));

        assertThat(read.getLeft().errors()).extracting(FieldError::path).containsExactlyInAnyOrder(
                "refund.total_refund", "refund.refunded_at", "refund.message", "refund.refund_type.require_message",
                "rule_modifications", "outgoing_parcel_data.parcel_status", "outgoing_parcel_data.global_status_slug",
                "outgoing_parcel_data.brand_name", "outgoing_parcel_data.order_number",
                "outgoing_parcel_data.from_email", "outgoing_parcel_data.deleted", "outgoing_parcel_data.collo_count",
                "outgoing_parcel_data.from_country", "outgoing_parcel_data.from_name",
                "outgoing_parcel_data.shipping_method", "incoming_parcel_data.parcel_status",
                "incoming_parcel_data.brand_name", "incoming_parcel_data.order_number",
                "incoming_parcel_data.from_email", "incoming_parcel_data.deleted", "incoming_parcel_data.collo_count",
                "incoming_parcel_data.from_country", "incoming_parcel_data.from_name",
                "incoming_parcel_data.shipping_method", "incoming_parcel_data.rules", "incoming_parcel_status.id",
                "parent_status");
    }

    /** A return as the documented one, announced by its carrier at the documented creation time. */
    private ReturnId announcedReturn(String id) {
        ReturnId returnId = new ReturnId(id);
        String tracking = "JVGL1234567800000049";
        ParcelReference parcel = new ParcelReference(new Reference("1"), Option.some(new Reference(tracking)),
                Option.some(WebAddress.of("https://tracking.sendcloud.sc/forward?carrier=dhl&code=" + tracking)
                        .get()));
        fixture.rescind.returns().create(MERCHANT, new NewReturn(returnId, Option.some(new Reference("1")),
                Option.some(new Message("Not good enough for me")), Option.some(parcel), Option.some(parcel),
                DeliveryOption.DROP_OFF_POINT, Option.some(new Reference("1")), Option.some(euros("3.5")),
                Option.some(euros("6.95")), List.of(new ReturnItem(new Reference("item-1"),
                        new Reference("article-1"), 1, euros("48.95"), Compensation.REFUND)),
                Option.none(), Option.some(new Reference("dhl")), true, Option.none(), Option.none())).get();
        fixture.rescind.returns().announce(CARRIER, returnId).get();
        return returnId;
    }

    private static Money euros(String amount) {
        return Money.of(amount, "EUR").get();
    }
}
