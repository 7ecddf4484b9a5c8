package org.clustersim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ec.util.MersenneTwisterFast;

/**
 * Builds a run's population and its initial relations from the scenario's specifications,
 * drawing individual values with the model's seeded generator. Names given to relations
 * resolve, in order, to one actor, a group, or every actor of a kind.
 */
final class PopulationBuilder {
    private final ClusterModel model;
    private final MersenneTwisterFast random;

    PopulationBuilder(ClusterModel model) {
        this.model = model;
        this.random = model.random;
    }

    void build(List<ActorSpec> specs, List<RelationSpec> relations) {
        for (ActorSpec s : specs) {
            for (int k = 1; k <= s.count(); k++) {
                String name = s.count() == 1 ? s.name() : String.format(Locale.ROOT, "%s-%02d", s.name(), k);
                initialise(model.addActor(name, s.name(), s.kind(), s.site()), s);
            }
        }
        for (RelationSpec r : relations) {
            relate(resolve(r.from()), resolve(r.to()), r);
        }
    }

    private void initialise(Actor a, ActorSpec s) {
        Parameters p = model.params();
        a.setActive(s.active());
        a.setOpenness(draw(s.openness(), s.spread()));
        a.setRivalry(draw(s.rivalry(), s.spread()));
        a.setKnowHow(draw(s.knowHow(), s.spread()));
        a.setExternal(draw(s.external(), s.spread()));
        a.setMarket(draw(s.market(), s.spread()));
        a.setAppropriation(draw(s.appropriation(), s.spread()));
        a.setViability(0.5);
        a.setBenefit(0.5);
        double lo = p.get(Param.JOIN_THRESHOLD_MIN);
        double hi = Math.max(lo, p.get(Param.JOIN_THRESHOLD_MAX));
        a.setJoinThreshold(lo + (hi - lo) * random.nextDouble());
    }

    /** Actors named by an actor name, a group name or a kind key. */
    List<Actor> resolve(String ref) {
        Actor one = model.actorNamed(ref);
        List<Actor> out = new ArrayList<>();
        for (Actor a : model.actors()) {
            if (a == one || a.getGroup().equals(ref) || a.getKind().key().equals(ref)) {
                out.add(a);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no actor, group or kind named '" + ref + "'");
        }
        return out;
    }

    private void relate(List<Actor> from, List<Actor> to, RelationSpec r) {
        boolean sameSet = from.equals(to);
        for (int x = 0; x < from.size(); x++) {
            for (int y = sameSet ? x + 1 : 0; y < to.size(); y++) {
                Actor a = from.get(x);
                Actor b = to.get(y);
                if (a == b || random.nextDouble() >= r.density()) {
                    continue;
                }
                double tab = draw(r.trust(), r.spread());
                double tba = draw(r.trust(), r.spread());
                int k = a.ties().indexOf(b.getId());
                if (k < 0) {
                    model.connect(a, b, tab, tba);
                } else {
                    // A later relation in the file refines an earlier, broader one.
                    a.ties().setTrust(k, tab);
                    b.ties().setTrust(b.ties().indexOf(a.getId()), tba);
                }
            }
        }
    }

    private double draw(double mean, double spread) {
        double v = mean + spread * (2 * random.nextDouble() - 1);
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
