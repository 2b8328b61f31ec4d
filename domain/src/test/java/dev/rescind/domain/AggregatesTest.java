package dev.rescind.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.fulfillment.FulfillmentCommand;
import dev.rescind.domain.fulfillment.FulfillmentCommandKind;
import dev.rescind.domain.returns.ExchangeCancellationReport;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.returns.ReturnCommandKind;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Command;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shipment.ShipmentCommand;
import dev.rescind.domain.shipment.ShipmentCommandKind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AggregatesTest {

    @Test
    void every_aggregate_type_has_one_descriptor_of_that_type() {
        assertThat(Aggregates.ALL).extracting(AggregateDescriptor::type)
                .containsExactly(AggregateType.values());
        for (AggregateType type : AggregateType.values()) {
            assertThat(Aggregates.of(type).type()).isEqualTo(type);
        }
    }

    @Test
    void a_descriptor_makes_ids_of_its_own_type_and_refuses_invalid_ones() {
        for (AggregateDescriptor<?, ?, ?> descriptor : Aggregates.ALL) {
            AggregateId id = descriptor.id("order-1");
            assertThat(id.type()).as("%s id", descriptor.type()).isEqualTo(descriptor.type());
            assertThat(id.value()).isEqualTo("order-1");
            assertThatThrownBy(() -> descriptor.id("has space")).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void every_event_family_holds_only_records_of_events() {
        for (AggregateDescriptor<?, ?, ?> descriptor : Aggregates.ALL) {
            assertThat(Arrays.stream(descriptor.eventFamily().getPermittedSubclasses()))
                    .as("%s events", descriptor.type())
                    .isNotEmpty()
                    .allMatch(Class::isRecord);
        }
    }

    @Test
    void exactly_the_aggregates_that_reference_open_requests_can_be_their_target() {
        for (AggregateDescriptor<?, ?, ?> descriptor : Aggregates.ALL) {
            boolean target = isCancellationTarget(descriptor.type());
            assertThat(descriptor.takesCancellationRequests()).as("%s", descriptor.type()).isEqualTo(target);
        }
    }

    @Test
    void every_command_record_names_one_kind_of_its_table_and_every_kind_has_one_record() throws Exception {
        for (AggregateDescriptor<?, ?, ?> descriptor : Aggregates.ALL) {
            if (descriptor.commands().isEmpty()) {
                continue;
            }
            Class<? extends Command> family = descriptor.commands().get();
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> kinds = (Class<? extends Enum<?>>) family.getMethod("kind").getReturnType();
            Set<Object> named = new HashSet<>();
            int ownKind = 0;
            for (Class<?> record : family.getPermittedSubclasses()) {
                if (Arrays.stream(record.getDeclaredMethods()).anyMatch(method -> method.getName().equals("kind"))) {
                    ownKind++;
                } else {
                    assertThat(named.add(named(kinds, record))).as("%s names a kind once", record).isTrue();
                }
            }
            assertThat(named.size() + ownKind).as("%s: one record per kind", kinds.getSimpleName())
                    .isEqualTo(kinds.getEnumConstants().length);
        }
    }

    @Test
    void a_command_record_named_after_no_kind_is_refused_with_what_to_do() {
        assertThatThrownBy(() -> CommandKind.named(ShipmentCommandKind.class, Unnamed.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("UNNAMED")
                .hasMessageContaining("ShipmentCommandKind");
        assertThat(new ShipmentCommand.PickUp().kind()).isEqualTo(ShipmentCommandKind.PICK_UP);
        assertThat(new ReturnCommand.RecordScan().kind()).isEqualTo(ReturnCommandKind.RECORD_SCAN);
        assertThat(FulfillmentCommand.ReleaseHold.all().kind()).isEqualTo(FulfillmentCommandKind.RELEASE_HOLD);
    }

    @Test
    void a_descriptor_accepts_exactly_its_own_aggregates_commands() {
        Command pickUp = new ShipmentCommand.PickUp();
        assertThat(Aggregates.ALL).filteredOn(descriptor -> descriptor.accepts(pickUp))
                .extracting(AggregateDescriptor::type).containsExactly(AggregateType.SHIPMENT);
        Command close = new ReturnCommand.Close();
        assertThat(Aggregates.ALL).filteredOn(descriptor -> descriptor.accepts(close))
                .extracting(AggregateDescriptor::type).containsExactly(AggregateType.RETURN);
        assertThat(Aggregates.of(AggregateType.CANCELLATION_REQUEST).commands()).isEmpty();
    }

    @Test
    void the_reports_commands_answer_with_are_records_their_descriptor_names() {
        assertThat(Aggregates.ALL).flatExtracting(AggregateDescriptor::reports)
                .containsExactly(ExchangeCancellationReport.class)
                .allMatch(Class::isRecord);
    }

    /** A command whose record names no kind. */
    private record Unnamed() implements Command {
        @Override
        public CommandKind kind() {
            return CommandKind.named(ShipmentCommandKind.class, this);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object named(Class<? extends Enum<?>> kinds, Class<?> record) {
        return CommandKind.named((Class) kinds, (Class) record);
    }

    private static boolean isCancellationTarget(AggregateType type) {
        try {
            new CancellationTarget(type, "order-1");
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }
}
