package org.clustersim.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustersim.experiment.SeedDerivation;
import org.clustersim.format.RunKey;
import org.clustersim.model.ActorSpec;
import org.clustersim.model.Param;
import org.clustersim.model.policy.EventSpec;
import org.clustersim.model.policy.Instrument;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.Variant;

/**
 * {@code manifest.json}: what was run, with what, and how to run it again: program version,
 * scenario files with their SHA-256, the scenario as loaded (after {@code extends} and
 * {@code --set}, so that {@code clustersim rerun} needs no file), every parameter and the
 * population (actors and groups, after population edits) of every variant, those edits in words,
 * the master seed, the seed derivation and each run's seed, threads and timings.
 */
public final class Manifest {
    private Manifest() {
    }

    /**
     * The manifest of a run of {@code plan} (all or part of the scenario's runs).
     *
     * @param overrides the command line's {@code --set} values, as given
     * @param status    "complete" or "partial"
     * @param failures  one line per failed run
     */
    public static Map<String, Object> build(Scenario s, List<RunKey> plan, List<String> overrides, int threads,
                                            double seconds, String status, List<String> failures) throws IOException {
        return complete(fingerprint(s, plan, overrides), threads, seconds, status, failures);
    }

    /**
     * A manifest from a {@link #fingerprint} (of a run, or rebuilt from shards by merge): the
     * fingerprint followed by the outcome, threads, timings, Java version and git commit.
     */
    public static Map<String, Object> complete(Map<String, Object> fingerprint, int threads, double seconds,
                                               String status, List<String> failures) {
        Map<String, Object> m = new LinkedHashMap<>(fingerprint);
        m.put("status", status);
        m.put("failures", failures);
        m.put("threads", threads);
        m.put("wall_seconds", seconds);
        m.put("java", System.getProperty("java.version"));
        m.put("git_commit", GitCommit.describe());
        return m;
    }

    /**
     * What identifies a run, without timings: a resumed run must match it exactly, or it would
     * mix the results of two different experiments.
     */
    public static Map<String, Object> fingerprint(Scenario s, List<RunKey> plan, List<String> overrides)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "clustersim");
        m.put("version", version());
        m.put("scenario", s.name());
        m.put("description", s.description());
        List<Object> files = new ArrayList<>();
        for (Path p : s.sources()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", p.toString());
            f.put("sha256", sha256(p));
            files.add(f);
        }
        m.put("files", files);
        m.put("steps", s.steps());
        m.put("replications", s.replications());
        m.put("master_seed", s.seed());
        if (s.presentation().start() != null) {
            m.put("start", s.presentation().start().toString());
        }
        m.put("smallest_effects", s.presentation().smallestEffects());
        m.put("warnings", org.clustersim.scenario.InertLevers.find(s));
        m.put("seed_derivation", SeedDerivation.DESCRIPTION);
        m.put("overrides", overrides);
        m.put("resolved_scenario", s.resolved());
        if (!s.changes().isEmpty()) {
            m.put("population_changes", s.changes());
        }
        m.put("variants", variants(s));
        if (!s.factorial().isEmpty()) {
            // What merge needs to rebuild design.csv and effects.csv from shards.
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("factors", s.factorial().factors());
            f.put("generators", s.factorial().design().generators());
            f.put("design", s.factorial().design().toString());
            m.put("factorial", f);
        }
        m.put("runs", runs(plan));
        return m;
    }

    /** {@code fingerprint} with its runs replaced by {@code plan}'s, in the same place. */
    public static Map<String, Object> withRuns(Map<String, Object> fingerprint, List<RunKey> plan) {
        Map<String, Object> m = new LinkedHashMap<>(fingerprint);
        m.put("runs", runs(plan));
        return m;
    }

    private static List<Object> runs(List<RunKey> plan) {
        List<Object> runs = new ArrayList<>();
        for (RunKey k : plan) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("variant", k.variant());
            r.put("replication", k.replication());
            r.put("seed", k.seed());
            runs.add(r);
        }
        return runs;
    }

    private static List<Object> variants(Scenario s) {
        List<Object> out = new ArrayList<>();
        for (Variant v : s.variants()) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("name", v.name());
            vm.put("description", s.presentation().descriptions().getOrDefault(v.name(), ""));
            PolicySpec policy = v.config().policy();
            vm.put("policy_preset", policy.preset() == null ? "" : policy.preset());
            List<Object> instruments = new ArrayList<>();
            for (Instrument i : policy.instruments()) {
                Map<String, Object> im = new LinkedHashMap<>();
                im.put("instrument", i.key());
                im.put("months", i.window().toString());
                im.put("start", i.window().start());
                im.put("end", i.window().isBounded() ? i.window().end() : null);
                im.put("what", i.describe());
                instruments.add(im);
            }
            vm.put("instruments", instruments);
            List<Object> events = new ArrayList<>();
            for (EventSpec e : v.config().events()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("month", e.month());
                em.put("event", e.type().name().toLowerCase(java.util.Locale.ROOT));
                em.put("actors", e.actors());
                events.add(em);
            }
            vm.put("events", events);
            Map<String, Object> params = new LinkedHashMap<>();
            v.config().parameters().asMap().forEach((Param p, Double d) -> params.put(p.key(), d));
            vm.put("parameters", params);
            vm.put("population", population(v));
            out.add(vm);
        }
        return out;
    }

    /** The variant's actors and groups after extends and population edits: who was there. */
    private static List<Object> population(Variant v) {
        List<Object> out = new ArrayList<>();
        for (ActorSpec a : v.config().actors()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", a.name());
            am.put("kind", a.kind().key());
            am.put("site", a.site().key());
            am.put("count", a.count());
            am.put("active", a.active());
            am.put("openness", a.openness());
            am.put("rivalry", a.rivalry());
            am.put("know_how", a.knowHow());
            am.put("external", a.external());
            am.put("market", a.market());
            am.put("appropriation", a.appropriation());
            am.put("spread", a.spread());
            out.add(am);
        }
        return out;
    }

    /** The version from the jar's manifest, or "dev" when run from classes. */
    public static String version() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
