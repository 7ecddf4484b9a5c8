package org.clustersim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.clustersim.scenario.yaml.Position;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.scenario.yaml.Suggestions;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YMerge;
import org.clustersim.scenario.yaml.YNode;
import org.clustersim.scenario.yaml.YamlReader;

/**
 * The policy presets, "impose", "propose" and "none": each is a file of
 * {@code scenarios/policies/}, packaged in the jar, whose {@code instruments:} a scenario's
 * {@code policy: {preset: NAME}} expands into. The scenario's own {@code instruments:} are merged
 * over the preset's, key by key, so that a scenario adds an instrument, changes one field of a
 * preset's instrument, or removes one by writing {@code false} for it.
 */
public final class Presets {
    /** The presets shipped, in the order menus show them. */
    public static final List<String> NAMES = List.of("none", "propose", "impose");
    static final String FOLDER = "scenarios/policies/";
    private static final String RESOURCE = "/org/clustersim/scenario/presets/";

    private Presets() {
    }

    /**
     * The preset's instruments with {@code own} merged over them; {@code own} alone (or an empty
     * mapping) when there is no preset or it is unknown, which is reported at {@code at}.
     */
    static YMap expand(String preset, YNode at, YMap own, Problems problems) {
        YMap empty = new YMap(List.of(), at.position());
        YMap mine = own == null ? empty : own;
        if (preset == null) {
            return mine;
        }
        if (!NAMES.contains(preset)) {
            problems.add(at.position(), "unknown preset '" + preset + "': expected one of " + String.join(", ", NAMES)
                    + Suggestions.hint(preset, NAMES));
            return mine;
        }
        YMap instruments;
        try {
            YNode node = read(preset).get("instruments");
            instruments = node instanceof YMap m ? m : empty;
        } catch (ScenarioException e) {
            e.problems().forEach(p -> problems.add(p.position(), p.message()));
            return mine;
        }
        return YMerge.merge(instruments, mine);
    }

    /** The preset file as shipped. */
    public static YMap read(String preset) throws ScenarioException {
        String name = FOLDER + preset + ".yaml";
        try (InputStream in = Presets.class.getResourceAsStream(RESOURCE + preset + ".yaml")) {
            if (in == null) {
                throw new ScenarioException(Position.of(name), "preset missing from the jar (rebuild it)");
            }
            return YamlReader.read(name, in.readAllBytes());
        } catch (IOException e) {
            throw new ScenarioException(Position.of(name), "cannot read the preset: " + e.getMessage());
        }
    }
}
