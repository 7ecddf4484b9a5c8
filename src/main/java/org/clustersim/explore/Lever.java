package org.clustersim.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clustersim.model.ModelConfig;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.policy.AssignedPartners;
import org.clustersim.model.policy.Awareness;
import org.clustersim.model.policy.Control;
import org.clustersim.model.policy.Instrument;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.model.policy.Voice;
import org.clustersim.model.policy.VoluntaryMembership;
import org.clustersim.model.policy.Window;

/**
 * One uncertain dimension of an exploration (a "lever or uncertainty" of Lempert, Popper and
 * Bankes 2003, the XLRM frame): a model parameter, or a field of a policy instrument written
 * {@code instrument.field}, varied over {@code [min, max]}. Whole-number fields (months, partners)
 * are rounded. An instrument lever changes that instrument in every mix that has it and leaves
 * the others alone: a mix without control has no control intensity.
 *
 * @param key   as written in the file, e.g. {@code stranger_trust} or {@code control.intensity}
 * @param param the parameter, or null for an instrument field
 */
public record Lever(String key, Param param, double min, double max) {
    /**
     * Instrument fields a lever may vary, with their bounds and whether they are whole numbers;
     * {@code start} (the first month in force) applies to every instrument.
     */
    public static final Map<String, double[]> FIELDS = Map.of(
            "control.intensity", new double[] {0, 1, 0},
            "voice.intensity", new double[] {0, 1, 0},
            "awareness.attendance", new double[] {0, 1, 0},
            "awareness.every", new double[] {1, 120, 1},
            "voluntary_membership.critical_mass", new double[] {0, 1, 0},
            "assigned_partners.partners", new double[] {0, 20, 1});

    /** The instrument's key, or null for a parameter. */
    public String instrument() {
        return param == null ? key.substring(0, key.indexOf('.')) : null;
    }

    /** Whether the lever changes anything in this mix: a parameter always, an instrument field if it has it. */
    public boolean actsOn(org.clustersim.scenario.Variant mix) {
        return param != null || !mix.config().policy().instruments(instrument()).isEmpty();
    }

    /** Whether the values are whole numbers. */
    public boolean isInteger() {
        return param != null ? param.isInteger() : key.endsWith(".start") || FIELDS.get(key)[2] == 1;
    }

    /** The value at a unit coordinate. */
    public double value(double unit) {
        double v = min + unit * (max - min);
        return isInteger() ? Math.rint(v) : v;
    }

    /** {@code config} with this lever at {@code value}. */
    public ModelConfig apply(ModelConfig config, double value) {
        if (param != null) {
            Parameters p = config.parameters();
            p.set(param, value);
            return config.withParameters(p);
        }
        PolicySpec policy = config.policy();
        List<Instrument> changed = new ArrayList<>();
        for (Instrument i : policy.instruments()) {
            changed.add(i.key().equals(instrument()) ? set(i, key.substring(key.indexOf('.') + 1), value) : i);
        }
        return new ModelConfig(config.actors(), config.relations(), policy.withInstruments(policy.preset(), changed),
                config.events(), config.parameters());
    }

    private static Instrument set(Instrument i, String field, double v) {
        int whole = (int) Math.rint(v);
        if (field.equals("start")) {
            return i.withWindow(new Window(whole, Math.max(whole, i.window().end())));
        }
        if (i instanceof Control c) {
            return new Control(c.window(), v);
        }
        if (i instanceof Voice c) {
            return new Voice(c.window(), v);
        }
        if (i instanceof Awareness a) {
            return field.equals("every") ? new Awareness(a.window(), whole, a.attendance(), a.peers())
                    : new Awareness(a.window(), a.every(), v, a.peers());
        }
        if (i instanceof VoluntaryMembership m) {
            return new VoluntaryMembership(m.window(), v);
        }
        if (i instanceof AssignedPartners a) {
            return new AssignedPartners(a.window(), whole);
        }
        throw new IllegalArgumentException("no lever for " + i.key() + "." + field);
    }
}
