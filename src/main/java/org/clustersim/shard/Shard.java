package org.clustersim.shard;

import java.util.List;
import org.clustersim.format.RunKey;

/**
 * The {@code I}-th of {@code N} shares of an experiment's plan, for running it on several
 * machines ({@code clustersim run FILE --shard I/N}) and merging the shards afterwards.
 *
 * <p>The plan (variants in file order, replications 1..R within each) is cut into N contiguous
 * blocks whose sizes differ by at most one: shard I holds the runs at positions
 * {@code floor((I-1)*R/N)} (inclusive) to {@code floor(I*R/N)} (exclusive, 0-based), R being the number of
 * runs. The split depends only on the plan and N, so every machine computes the same one, and
 * concatenating the shards in order gives the plan back.
 *
 * @param index 1-based number of this shard
 * @param count number of shards
 */
public record Shard(int index, int count) {

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist");
        }
    }

    /**
     * Parses {@code I/N} for a plan of {@code runs} runs.
     *
     * @throws IllegalArgumentException with a message for the user if the text is not of that form,
     *                                  or if not {@code 1 <= I <= N <= runs}
     */
    public static Shard parse(String text, int runs) {
        String[] parts = text.strip().split("/", -1);
        int i;
        int n;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            i = Integer.parseInt(parts[0].strip());
            n = Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard takes I/N (this shard's number / the number of shards),"
                    + " e.g. --shard 2/4; got '" + text + "'");
        }
        if (n < 1 || n > runs) {
            throw new IllegalArgumentException("--shard " + text + ": the number of shards must be between 1 and"
                    + " the number of runs (" + runs + ")");
        }
        if (i < 1 || i > n) {
            throw new IllegalArgumentException("--shard " + text + ": the shard number must be between 1 and " + n);
        }
        return new Shard(i, n);
    }

    /** This shard's runs: its block of {@code plan}, in plan order. */
    public List<RunKey> select(List<RunKey> plan) {
        return plan.subList(boundary(index - 1, plan.size()), boundary(index, plan.size()));
    }

    /** Where the block after the first {@code shards} shards starts, in a plan of {@code runs} runs. */
    private int boundary(int shards, int runs) {
        return (int) ((long) shards * runs / count);
    }

    /** {@code I/N}, as given on the command line. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
