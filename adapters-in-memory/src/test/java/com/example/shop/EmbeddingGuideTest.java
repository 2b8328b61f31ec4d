package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/embedding.md shows the example this module compiles and runs, not a copy that drifted. */
class EmbeddingGuideTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path GUIDE = MODULE.resolveSibling("docs").resolve("embedding.md");
    private static final Path EXAMPLE = MODULE.resolve("src/test/java/com/example/shop/ShopCancellations.java");

    @Test
    void the_guides_example_is_the_compiled_example_file() throws IOException {
        String guide = Files.readString(GUIDE);
        String marker = "```java\npackage com.example.shop;";
        int start = guide.indexOf(marker);
        assertThat(start).as("the guide has the example's code block").isNotNegative();
        int end = guide.indexOf("```\n", start + marker.length());

        assertThat(guide.substring(start + "```java\n".length(), end)).isEqualTo(Files.readString(EXAMPLE));
    }
}
