package dev.rescind.adapters.jdbc;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips MariaDB tests, visibly, when {@code RESCIND_TEST_MARIADB_URL} is not set, for Jupiter
 * ({@code @ExtendWith}, or {@code @RegisterExtension} on a class that also holds properties) and for jqwik
 * ({@code @AddLifecycleHook}) alike. With
 * {@code RESCIND_TEST_REQUIRE_DATABASES=true} nothing is skipped, so the tests fail for want of the database.
 */
public final class RequiresMariaDb implements ExecutionCondition, SkipExecutionHook {

    private static final String REASON = "MariaDB tests skipped: RESCIND_TEST_MARIADB_URL is not set";

    private static boolean skipped() {
        boolean skip = DatabaseFixture.env("RESCIND_TEST_MARIADB_URL") == null
                && !"true".equalsIgnoreCase(DatabaseFixture.env("RESCIND_TEST_REQUIRE_DATABASES"));
        if (skip) {
            System.err.println("SKIPPED " + REASON);
        }
        return skip;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return skipped() ? ConditionEvaluationResult.disabled(REASON) : ConditionEvaluationResult.enabled("MariaDB");
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return skipped() ? SkipResult.skip(REASON) : SkipResult.doNotSkip();
    }
}
