package dev.rescind.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.InvalidInputException;
import java.util.Arrays;
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

    private static boolean isCancellationTarget(AggregateType type) {
        try {
            new CancellationTarget(type, "order-1");
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }
}
