package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Decision;

/** The decision of a {@code cancel_exchange} (no changes when skipped) and the report parcelLab answers with. */
public record ExchangeCancellation(Decision<Return> decision, ExchangeCancellationReport report) {
}
