package dev.rescind.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java block in the README and the docs is code the build compiles: a whole source file, or lines
 * copied from one (indentation aside). A block that drifts from the code fails here.
 */
class DocsCodeBlocksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```\n", Pattern.DOTALL);

    @Test
    void every_java_block_in_the_docs_is_compiled_code() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/src/"))
                    .toList()) {
                sources.add(dedent(Files.readString(file)));
            }
        }
        List<String> checked = new ArrayList<>();
        for (Path doc : docs()) {
            Matcher block = JAVA_BLOCK.matcher(Files.readString(doc));
            while (block.find()) {
                String code = dedent(block.group(1));
                assertThat(sources).as("%s has a Java block the build does not compile:%n%s", ROOT.relativize(doc),
                        block.group(1)).anyMatch(source -> source.contains(code));
                checked.add(ROOT.relativize(doc) + ": " + code.lines().findFirst().orElse(""));
            }
        }
        assertThat(checked).as("the docs hold Java examples to check").hasSizeGreaterThan(10);
    }

    private static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            files.filter(path -> path.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    private static String dedent(String text) {
        return text.lines().map(String::strip).reduce("", (all, line) -> all + line + "\n");
    }
}
