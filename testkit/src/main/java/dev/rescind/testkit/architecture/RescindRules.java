package dev.rescind.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import dev.rescind.application.port.RescindStore;
import dev.rescind.application.port.UnitOfWork;
import dev.rescind.domain.Aggregates;
import dev.rescind.domain.shared.Aggregate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ArchUnit rules for code that embeds Rescind: apply them to your own packages, for example
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme.returns")
 * class RescindUsageTest {
 *     @ArchTest
 *     static final ArchRule rescind_is_used_through_its_api = RescindRules.ALL;
 * }
 * }</pre>
 *
 * <p>Each rule looks only at classes outside {@code dev.rescind}: Rescind's own code is free to do what it
 * forbids its hosts.
 */
public final class RescindRules {

    /**
     * Every aggregate, as the descriptors name them: named as well as checked by type, for importers that do
     * not resolve the aggregates' interfaces.
     */
    private static final Set<String> AGGREGATES = Aggregates.ALL.stream()
            .map(descriptor -> descriptor.aggregateClass().getName())
            .collect(Collectors.toUnmodifiableSet());

    /** Everything of Rescind's; the rules below judge only classes outside it. */
    public static final String RESCIND_PACKAGES = "dev.rescind..";

    /**
     * Hosts reach Rescind through {@code dev.rescind.application} (the {@code Rescind} entry point, its
     * services, their answers), the ports and the domain's values, never through
     * {@code dev.rescind.application.internal}: the pipeline there is public only so the services can share it,
     * and calling it directly skips validation, idempotency and the retry rules.
     */
    public static final ArchRule HOSTS_DO_NOT_USE_THE_PIPELINE_DIRECTLY = noClasses()
            .that().resideOutsideOfPackage(RESCIND_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("dev.rescind.application.internal..")
            .as("hosts do not use Rescind's pipeline directly")
            .because("dev.rescind.application.internal skips validation, idempotency and retries; "
                    + "use the services of dev.rescind.application.Rescind");

    /**
     * Aggregates ({@code Shipment}, {@code Return}, {@code FulfillmentOrder}, {@code CancellationRequest}) come
     * only from the domain's decisions: a host that calls their canonical constructors makes states the
     * transition tables never allowed, and versions no store will accept. Reading them is fine.
     */
    public static final ArchRule HOSTS_DO_NOT_CONSTRUCT_AGGREGATES = noClasses()
            .that().resideOutsideOfPackage(RESCIND_PACKAGES)
            .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>(
                    "the constructor of an aggregate") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    JavaClass owner = call.getTargetOwner();
                    return owner.isAssignableTo(Aggregate.class) || AGGREGATES.contains(owner.getName());
                }
            })
            .as("hosts do not construct aggregates")
            .because("aggregates come from the domain's decisions, through Rescind's use cases");

    /**
     * Only a store commits: hosts change Rescind's data through its use cases, so that every change is
     * decided, versioned, recorded as an event and covered by its idempotency key. A host's own
     * {@link RescindStore} or {@link UnitOfWork} implementation is exempt.
     */
    public static final ArchRule ONLY_STORES_COMMIT_UNITS_OF_WORK = noClasses()
            .that().resideOutsideOfPackage(RESCIND_PACKAGES)
            .and(notAStore())
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("UnitOfWork.commit") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isAssignableTo(UnitOfWork.class)
                            && call.getName().equals("commit");
                }
            })
            .as("only stores commit units of work")
            .because("changes go through Rescind's use cases, which decide, version and record them");

    /** Every rule above, for one {@code @ArchTest} field. */
    public static final ArchRule ALL = CompositeArchRule.of(HOSTS_DO_NOT_USE_THE_PIPELINE_DIRECTLY)
            .and(HOSTS_DO_NOT_CONSTRUCT_AGGREGATES)
            .and(ONLY_STORES_COMMIT_UNITS_OF_WORK);

    private RescindRules() {
    }

    /** Classes that implement a store, and the classes nested in them. */
    private static DescribedPredicate<JavaClass> notAStore() {
        return new DescribedPredicate<>("are not part of a store") {
            @Override
            public boolean test(JavaClass javaClass) {
                JavaClass outermost = javaClass;
                while (outermost.getEnclosingClass().isPresent()) {
                    outermost = outermost.getEnclosingClass().get();
                }
                return !outermost.isAssignableTo(RescindStore.class) && !outermost.isAssignableTo(UnitOfWork.class);
            }
        };
    }
}
