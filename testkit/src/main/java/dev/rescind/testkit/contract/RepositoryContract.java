package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Cursor;
import dev.rescind.application.PageRequest;
import dev.rescind.application.port.Commit;
import dev.rescind.application.port.RescindStore;
import dev.rescind.application.port.Write;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * What every repository port promises ({@code Shipments}, {@code Returns}, {@code FulfillmentOrders},
 * {@code CancellationRequests}): reads scoped by tenant, the last committed version, keyset pages by status
 * that neither overlap nor skip, and aggregates read back exactly as committed, in any state a history
 * reaches. Each port's contract fills in the hooks below; a store's test class only implements
 * {@link #store()} and {@link #emptyStore()}.
 *
 * @param <A> the aggregate the port keeps
 */
public abstract class RepositoryContract<A extends Aggregate> extends StoreContract {

    /**
     * Commits whatever a new aggregate with this id needs and answers the aggregate as committed.
     *
     * @param store  the store under test
     * @param tenant the tenant
     * @param id     the new aggregate's id
     * @return the aggregate as committed
     */
    protected abstract A createIn(RescindStore store, TenantId tenant, String id);

    /**
     * Commits one transition that moves {@code aggregate} to another status; the aggregate afterwards.
     *
     * @param store     the store under test
     * @param aggregate an aggregate as committed
     * @return the aggregate as committed afterwards
     */
    protected abstract A changeIn(RescindStore store, A aggregate);

    /**
     * The aggregate as the port reads it.
     *
     * @param store  the store under test
     * @param tenant the tenant whose aggregate is read
     * @param id     the aggregate's id
     * @return the aggregate, or none when the tenant has none of that id
     */
    protected abstract Option<A> find(RescindStore store, TenantId tenant, String id);

    /**
     * One page of the tenant's aggregates in the status {@code like} is in.
     *
     * @param store  the store under test
     * @param tenant the tenant
     * @param like   an aggregate in the status listed
     * @param page   the page asked for
     * @return the page's aggregates, in key order
     */
    protected abstract List<A> listLike(RescindStore store, TenantId tenant, A like, PageRequest page);

    /**
     * Generated histories whose decisions change aggregates of this port, each starting with a creation.
     *
     * @return the histories
     */
    protected abstract Arbitrary<History> histories();

    @Test
    void a_committed_aggregate_is_read_back_equal_to_what_was_committed() {
        TenantId tenant = freshTenant();
        A created = createIn(store(), tenant, freshId());

        assertThat(find(store(), tenant, created.id().value())).containsExactly(created);
    }

    @Test
    void an_unknown_id_is_absent() {
        TenantId tenant = freshTenant();
        createIn(store(), tenant, freshId());

        assertThat(find(store(), tenant, freshId()).isEmpty()).isTrue();
    }

    @Test
    void another_tenants_aggregate_is_absent_from_find_and_from_lists() {
        TenantId owner = freshTenant();
        TenantId other = freshTenant();
        A created = createIn(store(), owner, freshId());

        assertThat(find(store(), other, created.id().value()).isEmpty()).isTrue();
        assertThat(listLike(store(), other, created, PageRequest.first(PageRequest.MAX_LIMIT))).isEmpty();
        assertThat(listLike(store(), owner, created, PageRequest.first(PageRequest.MAX_LIMIT)))
                .containsExactly(created);
    }

    @Test
    void the_same_id_in_two_tenants_names_two_aggregates() {
        String id = freshId();
        TenantId first = freshTenant();
        TenantId second = freshTenant();
        A inFirst = createIn(store(), first, id);
        A inSecond = createIn(store(), second, id);
        A changed = changeIn(store(), inFirst);

        assertThat(find(store(), first, id)).containsExactly(changed);
        assertThat(find(store(), second, id)).containsExactly(inSecond);
    }

    @Test
    void find_returns_the_last_committed_version() {
        TenantId tenant = freshTenant();
        A created = createIn(store(), tenant, freshId());
        A changed = changeIn(store(), created);

        assertThat(changed.version()).isEqualTo(created.version().next());
        assertThat(find(store(), tenant, created.id().value())).containsExactly(changed);
    }

    @Test
    void pages_of_a_status_list_hold_every_aggregate_in_that_status_once_and_nothing_else() {
        TenantId tenant = freshTenant();
        List<A> listed = new ArrayList<>();
        List<A> elsewhere = new ArrayList<>();
        for (int index = 0; index < 9; index++) {
            A created = createIn(store(), tenant, freshId());
            if (index % 3 == 2) {
                elsewhere.add(changeIn(store(), created));
            } else {
                listed.add(created);
            }
        }
        A sample = listed.get(0);

        List<A> all = listLike(store(), tenant, sample, PageRequest.first(PageRequest.MAX_LIMIT));
        List<A> paged = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        for (int round = 0; round < listed.size() + 1; round++) {
            List<A> items = listLike(store(), tenant, sample, page);
            assertThat(items).hasSizeLessThanOrEqualTo(2);
            paged.addAll(items);
            if (items.size() < 2) {
                break;
            }
            page = page.next(new Cursor(items.get(items.size() - 1).id().value()));
        }

        assertThat(all).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(paged).as("pages in order, without overlap or gap").containsExactlyElementsOf(all);
        assertThat(listLike(store(), tenant, elsewhere.get(0), PageRequest.first(PageRequest.MAX_LIMIT)))
                .containsExactlyInAnyOrderElementsOf(elsewhere);
    }

    @Test
    void an_aggregate_that_changes_status_leaves_its_list_for_the_other() {
        TenantId tenant = freshTenant();
        A created = createIn(store(), tenant, freshId());
        A changed = changeIn(store(), created);

        assertThat(listLike(store(), tenant, created, PageRequest.first(10))).isEmpty();
        assertThat(listLike(store(), tenant, changed, PageRequest.first(10))).containsExactly(changed);
    }

    /**
     * Commits generated histories step by step; after each commit every aggregate it touched reads back as
     * committed and its event history is exactly the committed events. Fewer tries than the default: each try
     * commits a whole history, which a database makes slow.
     */
    @Property(tries = 50)
    void every_aggregate_a_random_history_commits_reads_back_as_committed(
            @ForAll("generatedHistories") History history) {
        Map<String, List<EventEnvelope>> events = new LinkedHashMap<>();
        for (Decision<?> decision : history.replay(freshTenant())) {
            List<Write> writes = StoreFixture.writes(decision);
            StoreFixture.commitOrFail(store(), new Commit(decision.aggregate().tenant(), writes, Option.none()));
            for (Write write : writes) {
                Aggregate aggregate = write.aggregate();
                events.computeIfAbsent(aggregate.type() + "/" + aggregate.id().value(), key -> new ArrayList<>())
                        .add(write.event());
                assertThat(StoreFixture.read(store(), aggregate)).as("%s after %s", aggregate.id(),
                        write.event().eventType()).containsExactly(aggregate);
                assertThat(store().events().history(aggregate.tenant(), aggregate.type(), aggregate.id().value()))
                        .containsExactlyElementsOf(events.get(aggregate.type() + "/" + aggregate.id().value()));
            }
        }
    }

    @Provide
    Arbitrary<History> generatedHistories() {
        return histories();
    }
}
