package org.clustersim.model.rules;

import java.util.ArrayList;
import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;

/**
 * Transmission of the craft: artisans retire with hazard {@code 1/career_months}; apprentices
 * enter at {@code apprentice_rate * training_effort * trade_attractiveness} a month (the paper:
 * vocational training "little active", a trade that "does not attract young people"), effort and
 * attractiveness being those of a vocational training instrument in force, else the territory's
 * baseline parameters. An
 * apprentice is placed with the most skilled of three artisans drawn at random and learns from
 * masters through encounters (information exchange) and slowly by doing. Entrants are whole
 * numbers: the integer part of the rate, plus one with the fractional part as probability.
 */
public final class Demography {
    static final double APPRENTICE_KNOW_HOW = 0.05;
    static final double SKILLED = 0.5;
    static final double APPRENTICE_TIE_TRUST = 0.5;
    private static final int MASTER_CANDIDATES = 3;

    private Demography() {
    }

    public static void apply(ClusterModel m) {
        Parameters p = m.params();
        List<Actor> artisans = new ArrayList<>();
        double hazard = 1.0 / p.get(Param.CAREER_MONTHS);
        double lbd = p.get(Param.LEARNING_BY_DOING);
        for (Actor a : m.actors()) {
            if (!a.isActive() || a.getKind() != ActorKind.ARTISAN) {
                continue;
            }
            if (m.random.nextDouble() < hazard) {
                Exits.leave(m, a);
                continue;
            }
            if (a.isApprentice()) {
                a.setKnowHow(a.getKnowHow() + lbd * (1 - a.getKnowHow()));
                a.setApprentice(a.getKnowHow() < SKILLED);
            }
            artisans.add(a);
        }
        if (artisans.isEmpty()) {
            return;
        }
        double rate = p.get(Param.APPRENTICE_RATE) * m.inForce().trainingEffort(p.get(Param.TRAINING_EFFORT))
                * m.inForce().tradeAttractiveness(p.get(Param.TRADE_ATTRACTIVENESS));
        int entrants = (int) rate + (m.random.nextDouble() < rate - (int) rate ? 1 : 0);
        for (int e = 0; e < entrants; e++) {
            enter(m, master(m, artisans));
        }
    }

    private static Actor master(ClusterModel m, List<Actor> artisans) {
        Actor best = null;
        for (int c = 0; c < MASTER_CANDIDATES; c++) {
            Actor a = artisans.get(m.random.nextInt(artisans.size()));
            if (best == null || a.getKnowHow() > best.getKnowHow()) {
                best = a;
            }
        }
        return best;
    }

    private static void enter(ClusterModel m, Actor master) {
        int n = m.actors().size();
        Actor a = m.addActor("apprentice-" + n, "apprentice", ActorKind.ARTISAN, master.getSite());
        a.setActive(true);
        a.setApprentice(true);
        a.setDistrict(master.getDistrict());
        a.setOpenness(master.getOpenness());
        a.setRivalry(master.getRivalry());
        a.setMarket(master.getMarket());
        a.setKnowHow(APPRENTICE_KNOW_HOW);
        a.setViability(0.5);
        a.setBenefit(0.5);
        Parameters p = m.params();
        double lo = p.get(Param.JOIN_THRESHOLD_MIN);
        a.setJoinThreshold(lo + (Math.max(lo, p.get(Param.JOIN_THRESHOLD_MAX)) - lo) * m.random.nextDouble());
        m.connect(a, master, APPRENTICE_TIE_TRUST, APPRENTICE_TIE_TRUST);
        for (Actor t : m.actors()) {
            if (t.isActive() && t.getKind() == ActorKind.VOCATIONAL_TRAINING) {
                m.connect(a, t, APPRENTICE_TIE_TRUST, APPRENTICE_TIE_TRUST);
            }
        }
    }
}
