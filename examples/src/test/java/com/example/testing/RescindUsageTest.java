package com.example.testing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.rescind.testkit.architecture.RescindRules;

@AnalyzeClasses(packages = "com.example.testing", importOptions = ImportOption.OnlyIncludeTests.class)
class RescindUsageTest {

    @ArchTest
    static final ArchRule rescind_is_used_through_its_api = RescindRules.ALL;
}
