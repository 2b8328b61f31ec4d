package dev.rescind.domain.returns;

import static dev.rescind.domain.returns.ReturnFixture.ANNOUNCED_AT;
import static dev.rescind.domain.returns.ReturnFixture.CARRIER;
import static dev.rescind.domain.returns.ReturnFixture.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.returns.ReturnEvent.ReturnHostDetailsUpdated;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.ShortText;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host's parcel and refund data, changed on an existing return: checked as at creation, idempotent. */
class ReturnHostDetailsUpdateTest {

    private static final Instant LATER = ANNOUNCED_AT.plusSeconds(600);
    private static final RefundDetails REFUNDED = new RefundDetails(Option.some(ReturnFixture.euros("10.00")),
            Option.some(Instant.ofEpochMilli(1654683771746L)), Option.some(new Message("Exchange for size M")), true);
    private static final ParcelDetails SCANNED = new ParcelDetails(Option.some(11),
            Option.some(new ShortText("delivered")), Option.none(), Option.some(new ShortText("My Brand")),
            Option.some(new Reference("EU2548657452")), Option.some(new ShortText("contact@sendcloud.com")),
            Option.some(true), Option.some(1), Option.some("NL"), Option.some(new ShortText("Jane Doe")),
            Option.some(new Reference("994")));

    private static ReturnCommand.UpdateHostDetails refund(RefundDetails refund) {
        return new ReturnCommand.UpdateHostDetails(Option.none(), Option.none(), Option.some(refund), Option.none());
    }

    @Test
    void a_refund_given_after_delivery_is_carried_and_recorded_and_nothing_else_changes() {
        Return delivered = ReturnFixture.delivered();

        Decision<Return> decision = delivered.decide(MERCHANT, refund(REFUNDED), LATER).get();

        Return after = decision.aggregate();
        assertThat(after.refund()).isEqualTo(REFUNDED);
        assertThat(after.version()).isEqualTo(delivered.version().next());
        assertThat(after.parcelStatus()).isEqualTo(ParcelStatus.DELIVERED);
        assertThat(after.updatedAt()).isEqualTo(LATER);
        assertThat(after.items()).isEqualTo(delivered.items());
        assertThat(decision.event()).contains(new ReturnHostDetailsUpdated(Option.none(), Option.none(),
                Option.some(REFUNDED), Option.none()));
    }

    @Test
    void parcel_details_and_rule_modifications_replace_the_old_ones_and_the_event_holds_only_what_changed() {
        Return announced = ReturnFixture.announced();
        RuleModification shipWith = new RuleModification(new ShortText("my_ship_with_rule"),
                new ShortText("ship_with"), new ShortText("PostNL Return"), new ShortText("ship_with"),
                new ShortText("Return method"), 1, Option.some(new Reference("item-1")));

        Decision<Return> decision = announced.decide(MERCHANT, new ReturnCommand.UpdateHostDetails(
                Option.some(SCANNED), Option.none(), Option.some(announced.refund()), Option.some(List.of(shipWith))),
                LATER).get();

        assertThat(decision.aggregate().outgoingParcel().get().details()).isEqualTo(SCANNED);
        assertThat(decision.aggregate().outgoingParcel().get().parcelId())
                .isEqualTo(announced.outgoingParcel().get().parcelId());
        assertThat(decision.aggregate().incomingParcel()).isEqualTo(announced.incomingParcel());
        assertThat(decision.aggregate().ruleModifications()).containsExactly(shipWith);
        assertThat(decision.event()).contains(new ReturnHostDetailsUpdated(Option.some(SCANNED), Option.none(),
                Option.none(), Option.some(List.of(shipWith))));
    }

    @Test
    void giving_what_is_already_there_changes_nothing_and_records_nothing() {
        Return updated = ReturnFixture.apply(ReturnFixture.announced(), MERCHANT, refund(REFUNDED), LATER);

        Decision<Return> again = updated.decide(MERCHANT, refund(REFUNDED), LATER.plusSeconds(1)).get();

        assertThat(again.isNoOp()).isTrue();
        assertThat(again.aggregate()).isEqualTo(updated);
    }

    @Test
    void a_refund_in_another_currency_and_a_rule_for_an_unknown_item_are_refused_naming_both_fields() {
        Return announced = ReturnFixture.announced();
        RuleModification unknownItem = new RuleModification(new ShortText("rule"), new ShortText("field"),
                new ShortText("value"), new ShortText("action"), new ShortText("Name"), 0,
                Option.some(new Reference("no-such-item")));

        Rejection rejection = announced.decide(MERCHANT, new ReturnCommand.UpdateHostDetails(Option.none(),
                Option.none(), Option.some(new RefundDetails(Option.some(Money.of("1.00", "USD").get()),
                        Option.none(), Option.none(), false)), Option.some(List.of(unknownItem))), LATER).getLeft();

        assertThat(((Rejection.InvalidInput) rejection).errors()).extracting(FieldError::path)
                .containsExactlyInAnyOrder("refund.totalRefund.currency", "ruleModifications[0].itemId");
    }

    @Test
    void details_for_a_parcel_the_return_does_not_have_are_refused() {
        Return withoutParcels = ReturnFixture.exchangeReturn();

        Rejection rejection = withoutParcels.decide(ReturnFixture.PARCELLAB_MERCHANT,
                new ReturnCommand.UpdateHostDetails(Option.some(ParcelDetails.NONE), Option.none(), Option.none(),
                        Option.none()), LATER).getLeft();

        assertThat(((Rejection.InvalidInput) rejection).errors()).extracting(FieldError::code)
                .containsExactly("no_parcel");
    }

    @Test
    void the_incoming_parcel_takes_no_status_slug_of_its_own() {
        Rejection rejection = ReturnFixture.announced().decide(MERCHANT, new ReturnCommand.UpdateHostDetails(
                Option.none(), Option.some(SCANNED), Option.none(), Option.none()), LATER).getLeft();

        assertThat(((Rejection.InvalidInput) rejection).errors()).extracting(FieldError::path)
                .containsExactly("incomingParcel.details.globalStatusSlug");
    }

    @Test
    void an_update_that_gives_nothing_is_invalid_input() {
        assertThat(ReturnCommand.UpdateHostDetails.of(Option.none(), Option.none(), Option.none(), Option.none())
                .getLeft().errors()).extracting(FieldError::code).containsExactly("no_changes");
    }

    @Test
    void only_the_merchant_side_updates_host_details() {
        assertThat(ReturnFixture.announced().decide(CARRIER, refund(REFUNDED), LATER).getLeft())
                .isInstanceOf(Rejection.Forbidden.class);
    }
}
