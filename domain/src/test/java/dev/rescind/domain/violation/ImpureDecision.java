package dev.rescind.domain.violation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.LoggerFactory;

/** Breaks the domain's purity rules on purpose: it reads the clock, makes ids, logs, prints and reads a file. */
public final class ImpureDecision {

    private ImpureDecision() {
    }

    public static String decide(Path notes) throws IOException {
        System.getLogger("domain").log(System.Logger.Level.INFO, "deciding");
        LoggerFactory.getLogger(ImpureDecision.class).info("deciding");
        System.out.println("deciding at " + Instant.now());
        return UUID.randomUUID() + Files.readString(notes);
    }
}
