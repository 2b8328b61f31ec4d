package dev.rescind.events.cloudevents;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Example;

/**
 * {@code docs/events.md} is generated from the event records and must not drift from them: its text and field
 * tables exactly, and each example must still be a message the codec reads back as an event of its section's
 * type. (The examples are samples of the domain's generators, whose draws are not the same in every JVM, so
 * they are checked by reading, not by equality.) Run with {@code -Drescind.docs.write=true} to regenerate it.
 * jqwik runs it, since the examples come from generators.
 */
class EventCatalogTest {

    private static final Pattern EXAMPLE = Pattern.compile("```json\\n.*?\\n```", Pattern.DOTALL);
    private static final Pattern SECTION = Pattern.compile("### `([^`]+)`\\n.*?```json\\n(.*?)\\n```",
            Pattern.DOTALL);

    @Example
    void docs_events_md_is_what_the_event_records_generate() throws IOException {
        Path file = EventCatalog.documentFile();
        String generated = EventCatalog.document();
        if (Boolean.getBoolean(EventCatalog.WRITE_PROPERTY)) {
            Files.writeString(file, generated, UTF_8);
        }
        if (!Files.exists(file)) {
            fail(file + " is missing. Generate it with: " + EventCatalog.REGENERATE_COMMAND);
        }
        String committed = Files.readString(file, UTF_8);
        assertExamplesRead(committed);
        if (!withoutExamples(committed).equals(withoutExamples(generated))) {
            fail(file + " differs from what the event records generate; " + firstDifference(withoutExamples(committed),
                    withoutExamples(generated))
                    + "\nIf an event changed on purpose, regenerate it with: " + EventCatalog.REGENERATE_COMMAND);
        }
    }

    @Example
    void every_published_type_has_a_section_and_an_example() {
        String document = EventCatalog.document();
        for (String type : CloudEventCodec.typeNames()) {
            assertThat(document).contains("### `" + type + "`").contains("\"type\" : \"" + type + "\"");
        }
    }

    /** Each example block reads back, through the codec, as an event of the type its section is headed by. */
    private static void assertExamplesRead(String document) {
        CloudEventCodec codec = new CloudEventCodec();
        Matcher sections = SECTION.matcher(document);
        int examples = 0;
        while (sections.find()) {
            String type = sections.group(1);
            var read = codec.fromStructuredJson(sections.group(2).getBytes(UTF_8));
            assertThat(read.isRight()).as("the example of %s reads back: %s", type, read).isTrue();
            assertThat(CloudEventCodec.typeName(read.get().event().getClass())).isEqualTo(type);
            examples++;
        }
        assertThat(examples).as("examples in docs/events.md").isEqualTo(CloudEventCodec.typeNames().size());
    }

    private static String withoutExamples(String document) {
        return EXAMPLE.matcher(document).replaceAll("```json\n(example)\n```");
    }

    private static String firstDifference(String committed, String generated) {
        List<String> was = committed.lines().toList();
        List<String> now = generated.lines().toList();
        for (int index = 0; index < Math.max(was.size(), now.size()); index++) {
            String before = index < was.size() ? was.get(index) : "<end of file>";
            String after = index < now.size() ? now.get(index) : "<end of file>";
            if (!before.equals(after)) {
                return "first difference at line " + (index + 1) + ":\n  file:    " + before + "\n  records: " + after;
            }
        }
        return "they differ only in line endings or the final newline";
    }
}
