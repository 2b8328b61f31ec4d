package dev.rescind.application.internal;

import dev.rescind.application.CommandContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Identifies a command for idempotency: the use case, the actor, the target and the arguments. */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(String name, CommandContext context, String targetId, List<Object> arguments) {
        String canonical = name + "\n" + context.actor() + "\n" + targetId + "\n" + arguments;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform has SHA-256", missing);
        }
    }
}
