package com.example.testing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.rescind.testkit.architecture.RescindRules;

// Your main code: with ImportOption.OnlyIncludeTests the rules would judge only your tests.
@AnalyzeClasses(packages = "com.example.testing", importOptions = ImportOption.DoNotIncludeTests.class)
class RescindUsageTest {

    @ArchTest
    static final ArchRule rescind_is_used_through_its_api = RescindRules.ALL;
}
