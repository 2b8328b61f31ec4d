package dev.rescind.domain;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.rescind.domain.shared.Aggregate;
import java.util.List;
import java.util.Set;

/**
 * The domain is pure (DESIGN.md §1): vavr and the JDK only, no clock, no randomness, no logging, no I/O,
 * and aggregate packages that do not depend on each other in circles.
 */
@AnalyzeClasses(packages = "dev.rescind.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    private static final List<String> AGGREGATE_PACKAGES = List.of("shipment", "returns", "fulfillment", "cancellation");

    @ArchTest
    static final ArchRule domain_classes_depend_only_on_the_jdk_vavr_and_the_domain = classes()
            .that().resideInAPackage("dev.rescind.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "dev.rescind.domain..");

    @ArchTest
    static final ArchRule domain_classes_never_read_the_clock_or_make_random_values = noClasses()
            .that().resideInAPackage("dev.rescind.domain..")
            .should().accessTargetWhere(readsTheClockOrRandomness())
            .because("time and ids are inputs: decisions take `Instant now` and ids from the caller");

    @ArchTest
    static final ArchRule domain_classes_do_not_log = noClasses()
            .that().resideInAPackage("dev.rescind.domain..")
            .should().dependOnClassesThat(describe("belong to a logging API", (JavaClass target) ->
                    target.getPackageName().startsWith("java.util.logging")
                            || target.getName().startsWith("java.lang.System$Logger")
                            || target.getPackageName().startsWith("org.slf4j")
                            || target.getPackageName().startsWith("org.apache.logging")
                            || target.getPackageName().startsWith("org.apache.commons.logging")
                            || target.getPackageName().startsWith("ch.qos.logback")));

    @ArchTest
    static final ArchRule domain_classes_do_not_write_to_standard_out_or_err =
            GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule domain_classes_do_no_file_database_or_network_io = noClasses()
            .that().resideInAPackage("dev.rescind.domain..")
            .should().dependOnClassesThat(describe("do file, database or network I/O", (JavaClass target) ->
                    target.getPackageName().startsWith("java.sql")
                            || target.getPackageName().startsWith("javax.sql")
                            || target.getPackageName().startsWith("java.nio.file")
                            || target.getPackageName().startsWith("java.nio.channels")
                            || target.getPackageName().startsWith("java.net.http")
                            || target.getName().matches("java\\.io\\.(File|RandomAccessFile)\\w*")
                            || target.getName().matches("java\\.net\\.(\\w*Socket\\w*|\\w*URLConnection|URL)")));

    @ArchTest
    static final ArchRule aggregate_packages_are_free_of_cycles = slices()
            .assignedFrom(aggregatePackages())
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule shared_values_depend_on_no_aggregate_package = noClasses()
            .that().resideInAPackage("dev.rescind.domain.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(AGGREGATE_PACKAGES.stream()
                    .map(name -> "dev.rescind.domain." + name + "..").toArray(String[]::new));

    @ArchTest
    static final ArchRule every_aggregate_root_is_a_record = classes()
            .that().resideInAnyPackage(AGGREGATE_PACKAGES.stream()
                    .map(name -> "dev.rescind.domain." + name + "..").toArray(String[]::new))
            .and().implement(Aggregate.class)
            .should().beRecords();

    private static DescribedPredicate<JavaAccess<?>> readsTheClockOrRandomness() {
        Set<String> clockFree = Set.of("java.time.Clock", "java.time.InstantSource");
        return describe("read the clock or make random values", access -> {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            return name.equals("now") && owner.startsWith("java.time.")
                    || clockFree.contains(owner) && name.startsWith("system")
                    || owner.equals("java.util.UUID") && name.equals("randomUUID")
                    || owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
                    || owner.equals("java.lang.Math") && name.equals("random")
                    || owner.equals("java.util.concurrent.ThreadLocalRandom")
                    || (owner.equals("java.util.Random") || owner.equals("java.security.SecureRandom"))
                            && name.equals("<init>");
        });
    }

    /** One slice per aggregate package; everything else (shared values) is left out. */
    private static SliceAssignment aggregatePackages() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                for (String name : AGGREGATE_PACKAGES) {
                    String root = "dev.rescind.domain." + name;
                    if (javaClass.getPackageName().equals(root) || javaClass.getPackageName().startsWith(root + ".")) {
                        return SliceIdentifier.of(name);
                    }
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "aggregate packages " + AGGREGATE_PACKAGES;
            }
        };
    }
}
