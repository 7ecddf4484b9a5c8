package org.clustersim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clustersim.model.Param;

/**
 * A loaded, validated scenario or experiment: immutable. A plain scenario has one variant,
 * {@value #BASELINE}; an experiment lists its variants. Every variant runs {@code replications}
 * times for {@code steps} months; seeds derive from the master {@code seed}.
 *
 * @param name         results go to {@code results/<name>/} by default
 * @param description  one paragraph, shown by {@code clustersim list} and in reports
 * @param file         the file it was loaded from
 * @param sources      that file and the files it extends, in order
 * @param steps        months per run
 * @param seed         master seed
 * @param replications runs per variant
 * @param variants     the arms, in file order
 * @param uncertain    parameters marked uncertain, with their ranges (for sensitivity analysis)
 * @param factorial    the factorial design over instruments whose rows are among the variants, or
 *                     {@link FactorialPlan#NONE}
 * @param resolved     the file as loaded, after {@code extends} and {@code --set}, in the plain form of
 *                     {@link ResolvedTree}: the manifest embeds it so that a folder can be rerun alone
 * @param presentation its start month, smallest effects of interest and variant descriptions, for reports
 * @param changes      the population edits in words, file's then variants' ({@code validate} prints them)
 */
public record Scenario(String name, String description, Path file, List<Path> sources, int steps, long seed,
                       int replications, List<Variant> variants, Map<Param, Range> uncertain,
                       FactorialPlan factorial, Map<String, Object> resolved, Presentation presentation,
                       List<String> changes) {
    public static final String BASELINE = "baseline";

    public Scenario {
        sources = List.copyOf(sources);
        variants = List.copyOf(variants);
        changes = List.copyOf(changes);
        uncertain = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(uncertain));
    }

    /** A range of values of an uncertain parameter. */
    public record Range(double min, double max) {
    }

    /** The variant of that name. */
    public Variant variant(String variantName) {
        for (Variant v : variants) {
            if (v.name().equals(variantName)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no variant named " + variantName);
    }

    /** A copy with other run settings (command-line overrides). */
    public Scenario withRunSettings(int newSteps, long newSeed, int newReplications) {
        return new Scenario(name, description, file, sources, newSteps, newSeed, newReplications, variants, uncertain,
                factorial, resolved, presentation, changes);
    }

    /** A copy with other variants (a design point of a sensitivity analysis). */
    public Scenario withVariants(List<Variant> newVariants) {
        return new Scenario(name, description, file, sources, steps, seed, replications, newVariants, uncertain,
                factorial, resolved, presentation, changes);
    }
}
