package org.clustersim.model;

import java.util.ArrayList;
import java.util.List;
import org.clustersim.model.policy.AssignedPartners;
import org.clustersim.model.policy.Awareness;
import org.clustersim.model.policy.Control;
import org.clustersim.model.policy.Decree;
import org.clustersim.model.policy.Instrument;
import org.clustersim.model.policy.PolicySpec;
import org.clustersim.model.policy.Voice;
import org.clustersim.model.policy.VoluntaryMembership;
import org.clustersim.model.policy.Window;

/**
 * Policies for tests, built in code. {@link #propose} and {@link #impose} hold the instruments
 * of the shipped presets ({@code scenarios/policies/}); {@code PresetsTest} checks that they agree.
 */
public final class Policies {
    private Policies() {
    }

    /** The propose preset's instruments from {@code start}. */
    public static List<Instrument> proposeInstruments(int start) {
        Window w = Window.from(start);
        return List.of(new Awareness(w, 6, 0.5, 1), new VoluntaryMembership(w, 0.3), new Voice(w, 0.7));
    }

    /** The impose preset's instruments from {@code start}. */
    public static List<Instrument> imposeInstruments(int start) {
        Window w = Window.from(start);
        return List.of(new Decree(w), new AssignedPartners(w, 4), new Control(w, 0.7));
    }

    public static PolicySpec of(String preset, int start, String promoter, String association, List<String> coordinators,
                                List<ActorKind> targets, List<Instrument> instruments) {
        return new PolicySpec(preset, start, promoter, association, coordinators, targets, instruments);
    }

    /** The propose preset plus {@code extra}. */
    public static PolicySpec propose(int start, String promoter, String association, List<String> coordinators,
                                     List<ActorKind> targets, Instrument... extra) {
        return of("propose", start, promoter, association, coordinators, targets, plus(proposeInstruments(start), extra));
    }

    /** The impose preset plus {@code extra}. */
    public static PolicySpec impose(int start, String promoter, String association, List<String> coordinators,
                                    List<ActorKind> targets, Instrument... extra) {
        return of("impose", start, promoter, association, coordinators, targets, plus(imposeInstruments(start), extra));
    }

    /** No instrument but {@code extra}. */
    public static PolicySpec none(int start, String promoter, String association, List<String> coordinators,
                                  List<ActorKind> targets, Instrument... extra) {
        return of("none", start, promoter, association, coordinators, targets, plus(List.of(), extra));
    }

    private static List<Instrument> plus(List<Instrument> base, Instrument... extra) {
        List<Instrument> all = new ArrayList<>(base);
        all.addAll(List.of(extra));
        return all;
    }
}
