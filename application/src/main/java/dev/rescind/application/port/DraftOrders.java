package dev.rescind.application.port;

import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;

/**
 * The shop's draft orders (Shopify's, for parcelLab's exchanges). Called after the commit that counts, and
 * again until it succeeds or is dead-lettered: at least once, so an implementation must be idempotent. It
 * returns normally on success and throws on failure; whatever it throws, and however long it takes past the
 * configured timeout, the committed transition stands.
 */
@FunctionalInterface
public interface DraftOrders {

    /**
     * Deletes the draft order created for an exchange; deleting one that is already gone is success.
     *
     * @param tenant       the tenant
     * @param draftOrderId the shop's draft order
     */
    void delete(TenantId tenant, Reference draftOrderId);
}
