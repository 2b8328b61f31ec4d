package dev.rescind.events.cloudevents;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Example;

/**
 * {@code docs/events.md} is generated from the event records and must not drift from them. Run with
 * {@code -Drescind.docs.write=true} to regenerate it. jqwik runs it, since the examples come from generators.
 */
class EventCatalogTest {

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
        if (!committed.equals(generated)) {
            fail(file + " differs from what the event records generate; " + firstDifference(committed, generated)
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
