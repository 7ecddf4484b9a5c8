package org.clustersim.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustersim.model.ModelConfig;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.Variant;
import org.clustersim.scenario.yaml.ScenarioException;

/**
 * A policy mix the compare button can run: a configuration of the open scenario under a name. The
 * mixes of a scenario are, in menu order, the run as the levers set it now ({@link #CURRENT}),
 * each variant of an experiment file, then the presets {@code none}, {@code propose} and
 * {@code impose} expanded over the scenario's own instruments (as {@code --set policy.preset=X}
 * does), unless a variant of that name is already listed or the file's first variant overrides
 * the preset.
 */
record PolicyMix(String key, String label, ModelConfig config) {
    static final String CURRENT = "levers";
    static final List<String> PRESETS = List.of("none", "propose", "impose");

    @Override
    public String toString() {
        return label;
    }

    /** The mixes of {@code s}, {@code current} being the configuration the levers give now. */
    static List<PolicyMix> of(Scenario s, ModelConfig current) {
        Map<String, PolicyMix> mixes = new LinkedHashMap<>();
        mixes.put(CURRENT, new PolicyMix(CURRENT, "as the levers set it now", current));
        if (s.variants().size() > 1) {
            for (Variant v : s.variants()) {
                mixes.putIfAbsent(v.name(), new PolicyMix(v.name(), "variant " + v.name(), v.config()));
            }
        }
        for (String preset : PRESETS) {
            if (!mixes.containsKey(preset)) {
                ModelConfig c = preset(s, preset);
                if (c != null) {
                    mixes.put(preset, new PolicyMix(preset, "preset " + preset, c));
                }
            }
        }
        return new ArrayList<>(mixes.values());
    }

    /** The mix named {@code key} among {@code mixes}, or null. */
    static PolicyMix find(List<PolicyMix> mixes, String key) {
        return mixes.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }

    /** The scenario's first variant under {@code preset}, or null if the file cannot take it. */
    private static ModelConfig preset(Scenario s, String preset) {
        try {
            ModelConfig c = ScenarioLoader.load(s.file(), List.of("policy.preset=" + preset)).variants().get(0)
                    .config();
            return preset.equals(c.policy().preset()) ? c : null;
        } catch (ScenarioException e) {
            return null;
        }
    }
}
