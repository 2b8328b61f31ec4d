package dev.rescind.application.port;

import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;

/**
 * Tags on the shop's orders (parcelLab tags {@code parcellab_exchange_cancelled}). Run after the commit,
 * at least once, with the same promises as {@link DraftOrders}; tagging twice is harmless.
 */
@FunctionalInterface
public interface OrderTags {

    /**
     * Adds {@code tag} to the shop order; adding one it already has is success.
     *
     * @param tenant  the tenant
     * @param orderId the shop order
     * @param tag     the tag
     */
    void tag(TenantId tenant, Reference orderId, String tag);
}
