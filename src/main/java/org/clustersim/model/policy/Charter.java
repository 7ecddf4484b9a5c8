package org.clustersim.model.policy;

import java.util.Locale;
import java.util.Objects;
import org.clustersim.model.ClusterModel;

/**
 * A charter of good conduct among members ({@link CharterAdoption}): scheduled, it comes into
 * force at the window's start (or as soon as the structure exists after that); by consensus, in
 * the first month of the window when the members' mean appropriation allows it. Once in force it
 * binds members until the window ends (Ostrom 1990 on self-made rules).
 *
 * @param window months in which the charter may be adopted and stays in force
 * @param rule   scheduled or consensus
 */
public record Charter(Window window, CharterRule rule) implements Instrument {
    public Charter {
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public Charter withWindow(Window w) { return new Charter(w, rule); }

    @Override
    public String key() { return "charter"; }

    @Override
    public void act(ClusterModel m, PolicyAgent agent) {
        CharterAdoption.apply(m, this);
    }

    @Override
    public void expire(ClusterModel m) {
        CharterAdoption.lapse(m);
    }

    @Override
    public String describe() {
        return "charter of good conduct, " + rule.name().toLowerCase(Locale.ROOT);
    }
}
