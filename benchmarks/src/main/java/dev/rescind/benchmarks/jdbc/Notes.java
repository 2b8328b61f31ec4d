package dev.rescind.benchmarks.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a benchmark observed besides its score (client CPU per command, query plans, seeding times), one
 * tab-separated line each, appended to the file {@code RESCIND_BENCH_NOTES} names, for the report. Nothing is
 * written when it is not set.
 */
public final class Notes {

    private Notes() {
    }

    public static void write(String benchmark, String key, String value) {
        String file = System.getenv("RESCIND_BENCH_NOTES");
        if (file == null) {
            return;
        }
        String line = benchmark + "\t" + key + "\t" + value.replace('\t', ' ').replace("\n", "\\n") + "\n";
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
