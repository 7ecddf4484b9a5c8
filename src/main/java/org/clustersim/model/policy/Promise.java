package org.clustersim.model.policy;

import java.util.Objects;
import org.clustersim.model.ClusterModel;

/**
 * An authority promises the target firms something (premises, a label, funding) at the window's
 * start, due at its end, and keeps it or not ({@link Promises}). A new official does not keep a
 * predecessor's promise (turnover breaks it at once), and with {@code renewed} each new official
 * makes it again, due as long after. The paper's walis who promised premises and the label
 * dossier sent to the ministry and never enacted.
 *
 * @param window  made at {@code start}, due at {@code end} (a bounded window)
 * @param by      the authority that promises (a single actor of the scenario)
 * @param what    what is promised, for the log
 * @param kept    whether it is delivered when due, if the official who made it is still there
 * @param renewed whether each new official promises it again
 */
public record Promise(Window window, String by, String what, boolean kept, boolean renewed) implements Instrument {
    public Promise {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(what, "what");
        if (!window.isBounded()) {
            throw new IllegalArgumentException("a promise needs a due month ('due')");
        }
    }

    /** Months from making the promise to its due date. */
    public int delay() {
        return window.end() - window.start();
    }

    @Override
    public Promise withWindow(Window w) { return new Promise(w, by, what, kept, renewed); }

    @Override
    public String key() { return "promise"; }

    @Override
    public void act(ClusterModel m, PolicyAgent agent) {
        agent.promises().monthly(m, this);
    }

    @Override
    public String describe() {
        return by + " promises " + what + " due month " + window.end() + (kept ? ", kept" : ", not kept")
                + (renewed ? ", renewed by each new official" : "");
    }
}
