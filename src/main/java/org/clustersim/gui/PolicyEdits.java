package org.clustersim.gui;

import java.util.ArrayList;
import java.util.List;
import org.clustersim.model.policy.Instrument;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.model.policy.Window;

/**
 * Edits of a policy's instruments made by the GUI's levers: switching an instrument kind on
 * (replacing any of that kind) from a given month, or off from a given month. An instrument that
 * has already acted keeps its past: switching it off ends its window at the month before; one
 * that has not started yet is removed.
 */
final class PolicyEdits {
    private PolicyEdits() {
    }

    /** The first instrument of this kind in force at {@code month} or later, or null. */
    static Instrument current(PolicySpec p, String key, int month) {
        for (Instrument i : p.instruments(key)) {
            if (i.window().end() >= month) {
                return i;
            }
        }
        return null;
    }

    /** The policy with the instruments of {@code key} ended before {@code month} and {@code added} from then. */
    static PolicySpec replace(PolicySpec p, String key, Instrument added, int month) {
        List<Instrument> out = new ArrayList<>();
        for (Instrument i : p.instruments()) {
            if (!i.key().equals(key)) {
                out.add(i);
            } else if (i.window().start() < month) {
                out.add(ended(i, month - 1));
            }
        }
        if (added != null) {
            out.add(added);
        }
        return p.withInstruments(null, out);
    }

    /** The first month from which a lever's change applies: next month, and not before the policy starts. */
    static int from(PolicySpec p, int currentMonth) {
        return Math.max(currentMonth + 1, p.start());
    }

    private static Instrument ended(Instrument i, int end) {
        if (i.window().end() <= end) {
            return i;
        }
        Window w = new Window(i.window().start(), Math.max(i.window().start(), end));
        return i.withWindow(w);
    }
}
