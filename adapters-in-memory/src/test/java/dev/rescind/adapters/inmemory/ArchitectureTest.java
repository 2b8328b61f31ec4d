package dev.rescind.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.example.shop.ShopCancellations;
import com.example.store.AuditedUnitOfWork;
import com.example.violations.BuildsAShipment;
import com.example.violations.CommitsDirectly;
import com.example.violations.UsesThePipeline;
import dev.rescind.testkit.architecture.RescindRules;
import org.junit.jupiter.api.Test;

/**
 * Rescind's host rules on the embedding guide's example and, for every rule, a class written to break it, so
 * that no rule passes by matching nothing. The module rules run in the examples module, which sees every
 * adapter ({@code ModuleArchitectureTest}).
 */
class ArchitectureTest {

    private static final JavaClasses HOST_EXAMPLE = new ClassFileImporter().importPackages("com.example.shop");

    private static final JavaClasses BROKEN_ON_PURPOSE = new ClassFileImporter().importClasses(
            UsesThePipeline.class, BuildsAShipment.class, CommitsDirectly.class, InMemoryStore.class,
            AuditedUnitOfWork.class);

    @Test
    void the_embedding_example_keeps_rescinds_host_rules() {
        RescindRules.ALL.check(HOST_EXAMPLE);
    }

    @Test
    void each_host_rule_catches_a_class_that_breaks_it() {
        assertThat(RescindRules.HOSTS_DO_NOT_USE_THE_PIPELINE_DIRECTLY.evaluate(BROKEN_ON_PURPOSE)
                .getFailureReport().getDetails()).anyMatch(line -> line.contains("UsesThePipeline"));
        assertThat(RescindRules.HOSTS_DO_NOT_CONSTRUCT_AGGREGATES.evaluate(BROKEN_ON_PURPOSE)
                .getFailureReport().getDetails()).anyMatch(line -> line.contains("BuildsAShipment"));
        assertThat(RescindRules.ONLY_STORES_COMMIT_UNITS_OF_WORK.evaluate(BROKEN_ON_PURPOSE)
                .getFailureReport().getDetails()).anyMatch(line -> line.contains("CommitsDirectly"));
    }

    @Test
    void a_unit_of_work_of_the_hosts_own_may_commit() {
        assertThat(RescindRules.ONLY_STORES_COMMIT_UNITS_OF_WORK.evaluate(new ClassFileImporter()
                .importClasses(AuditedUnitOfWork.class, ShopCancellations.class)).hasViolation()).isFalse();
    }
}
