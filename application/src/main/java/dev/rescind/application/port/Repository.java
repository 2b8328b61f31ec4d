package dev.rescind.application.port;

import dev.rescind.application.PageRequest;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.util.List;

/**
 * Where the aggregates of one type are kept, as their descriptor describes them. Reads only: every write goes
 * through {@link UnitOfWork#commit}.
 *
 * <p>Every method is scoped by tenant: another tenant's aggregate is absent, never visible. Reads return the
 * last committed version (never a partial commit) and never {@code null}.
 *
 * @param <A> the aggregate
 * @param <I> its id
 * @param <S> the status it is listed by
 */
public interface Repository<A extends Aggregate, I extends AggregateId, S extends Enum<S>> {

    /**
     * The aggregate with {@code id} of this tenant, if there is one.
     *
     * @param tenant the tenant
     * @param id     the aggregate's id
     * @return the aggregate, or none
     */
    Option<A> find(TenantId tenant, I id);

    /**
     * Up to {@code page.limit()} aggregates listed under {@code status}, ordered by id, starting after the
     * cursor's id. Pages never overlap; an item that keeps its status is never skipped.
     *
     * @param tenant the tenant
     * @param status the status listed
     * @param page   the limit and the cursor
     * @return the aggregates
     */
    List<A> list(TenantId tenant, S status, PageRequest page);
}
