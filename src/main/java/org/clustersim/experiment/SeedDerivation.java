package org.clustersim.experiment;

import java.nio.charset.StandardCharsets;

/**
 * Derives each run's seed from the master seed, the variant's name and the replication index:
 * {@code seed = mix(mix(mix(master) ^ fnv1a64(variant)) ^ replication)}, where {@code mix} is
 * the SplitMix64 finaliser (Steele, Lea and Flood 2014) and {@code fnv1a64} the 64-bit FNV-1a
 * hash of the name's UTF-8 bytes. Runs are thus independent across variants and replications,
 * any single run can be recreated alone, and adding a variant changes no other run's seed.
 */
public final class SeedDerivation {
    /** Written into every manifest so that the derivation can be checked by hand. */
    public static final String DESCRIPTION =
            "seed = mix(mix(mix(master) ^ fnv1a64(variant)) ^ replication); mix = SplitMix64 finaliser";

    private SeedDerivation() {
    }

    /** The seed of replication {@code replication} (1-based) of {@code variant}. */
    public static long seed(long master, String variant, int replication) {
        return mix(mix(mix(master) ^ fnv1a64(variant)) ^ replication);
    }

    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
