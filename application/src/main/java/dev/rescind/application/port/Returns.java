package dev.rescind.application.port;

import dev.rescind.application.PageRequest;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.util.List;

/** Where returns are kept; the same promises as {@link Shipments}. */
public interface Returns {

    Option<Return> find(TenantId tenant, ReturnId id);

    /** Up to {@code page.limit()} returns whose parcel is in {@code status}, ordered by id, after the cursor. */
    List<Return> list(TenantId tenant, ParcelStatus status, PageRequest page);
}
