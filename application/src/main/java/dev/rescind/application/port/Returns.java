package dev.rescind.application.port;

import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;

/** Where returns are kept; the same promises as every {@link Repository}. */
public interface Returns extends Repository<Return, ReturnId, ParcelStatus> {
}
