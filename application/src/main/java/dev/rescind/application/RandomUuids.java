package dev.rescind.application;

import dev.rescind.application.port.IdSupplier;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs from a {@code DRBG} {@link SecureRandom} per thread. {@code UUID.randomUUID()}
 * draws from one generator that every thread of the JVM queues for; with many threads committing at once that
 * queue, not the randomness, was the cost. The ids {@link Rescind} makes unless the host gives its own
 * {@link IdSupplier}.
 */
public final class RandomUuids implements IdSupplier {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform since 9 has DRBG", missing);
        }
    });

    /** A supplier of random UUIDs; every instance shares the per-thread generators. */
    public RandomUuids() {
    }

    /** A new random (version 4) UUID in its canonical text form. */
    @Override
    public String nextId() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        return new UUID(bits(bytes, 0), bits(bytes, 8)).toString();
    }

    private static long bits(byte[] bytes, int from) {
        long value = 0;
        for (int index = from; index < from + 8; index++) {
            value = (value << 8) | (bytes[index] & 0xff);
        }
        return value;
    }
}
