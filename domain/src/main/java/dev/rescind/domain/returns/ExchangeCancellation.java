package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Decision;

/**
 * The decision of a {@code cancel_exchange} (no changes when skipped), which carries the report parcelLab answers
 * with, and that report typed.
 *
 * @param decision the decision; no changes when skipped
 * @param report   what parcelLab answers
 */
public record ExchangeCancellation(Decision<Return> decision, ExchangeCancellationReport report) {
}
