package org.clustersim.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import ec.util.MersenneTwisterFast;

/**
 * Builds a run's population and its initial relations from the scenario's specifications,
 * drawing individual values with the model's seeded generator. Names given to relations
 * resolve, in order, to one actor, a group, or every actor of a kind.
 *
 * <p>The {@code scale} parameter k is a population generator that keeps the cluster's structure:
 * every specification makes k times its count (a single actor X becomes X, X-2, ..., X-k, all in
 * group X), and the c-th copy of a single actor, with the c-th block of {@code count} actors of
 * each group, forms district c, a copy of the declared cluster. A relation that names a single
 * actor (or a kind made of single actors) relates pairs within each district, at its density: each
 * firm is as close to its ministry, chamber or association as at scale 1. A relation between
 * groups relates pairs across all districts at its density divided by k, so that firms mix across
 * districts. Either way each actor keeps, in expectation, the ties of each relation it had at
 * scale 1, and the cost of a month grows linearly with the population. Related pairs
 * are sampled by geometric skipping (Batagelj and Brandes 2005, "Efficient generation of large
 * random networks"): the gap to the next related pair is geometric with parameter
 * {@code density}, so building costs O(actors + ties), not O(pairs).
 */
final class PopulationBuilder {
    private final ClusterModel model;
    private final MersenneTwisterFast random;

    PopulationBuilder(ClusterModel model) {
        this.model = model;
        this.random = model.random;
    }

    void build(List<ActorSpec> specs, List<RelationSpec> relations) {
        int scale = model.params().getInt(Param.SCALE);
        Set<String> singles = new HashSet<>();
        for (ActorSpec s : specs) {
            int n = s.count() * scale;
            if (s.count() == 1) {
                singles.add(s.name());
            }
            for (int k = 1; k <= n; k++) {
                Actor a = model.addActor(name(s, k), s.name(), s.kind(), s.site());
                a.setDistrict((k - 1) / s.count() + 1);
                initialise(a, s);
            }
        }
        for (RelationSpec r : relations) {
            List<Actor> from = resolve(r.from());
            List<Actor> to = resolve(r.to());
            if (scale == 1) {
                relate(from, to, r.density(), r);
            } else if (namesSingle(from, singles) || namesSingle(to, singles)) {
                List<List<Actor>> fromBy = byDistrict(from, scale);
                List<List<Actor>> toBy = byDistrict(to, scale);
                for (int d = 0; d < scale; d++) {
                    relate(fromBy.get(d), toBy.get(d), r.density(), r);
                }
            } else {
                relate(from, to, r.density() / scale, r);
            }
        }
    }

    private static boolean namesSingle(List<Actor> actors, Set<String> singles) {
        for (Actor a : actors) {
            if (singles.contains(a.getGroup())) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Actor>> byDistrict(List<Actor> actors, int scale) {
        List<List<Actor>> out = new ArrayList<>(scale);
        for (int d = 0; d < scale; d++) {
            out.add(new ArrayList<>());
        }
        for (Actor a : actors) {
            out.get(a.getDistrict() - 1).add(a);
        }
        return out;
    }

    /** A single actor keeps its name for its first copy, so that policy and events find it. */
    private static String name(ActorSpec s, int k) {
        if (s.count() == 1) {
            return k == 1 ? s.name() : s.name() + "-" + k;
        }
        return String.format(Locale.ROOT, "%s-%02d", s.name(), k);
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

    /**
     * Relates each pair (a in from, b in to; a before b when both lists are the same) with
     * probability {@code density}, visiting the pairs in row order and jumping from one related
     * pair to the next.
     */
    private void relate(List<Actor> from, List<Actor> to, double density, RelationSpec r) {
        if (density <= 0) {
            return;
        }
        boolean sameSet = from.equals(to);
        int rows = from.size();
        int x = 0;
        long offset = -1;
        while (true) {
            offset += 1 + gap(density);
            while (x < rows && offset >= rowLength(x, sameSet, to.size())) {
                offset -= rowLength(x, sameSet, to.size());
                x++;
            }
            if (x >= rows) {
                return;
            }
            Actor a = from.get(x);
            Actor b = to.get((int) offset + (sameSet ? x + 1 : 0));
            if (a != b) {
                tie(a, b, r);
            }
        }
    }

    private static long rowLength(int x, boolean sameSet, int columns) {
        return sameSet ? columns - x - 1 : columns;
    }

    /** Pairs skipped before the next related one: geometric, none when every pair is related. */
    private long gap(double density) {
        if (density >= 1) {
            return 0;
        }
        double g = Math.floor(Math.log(1 - random.nextDouble()) / Math.log1p(-density));
        return g >= Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) g;
    }

    private void tie(Actor a, Actor b, RelationSpec r) {
        double tab = draw(r.trust(), r.spread());
        double tba = draw(r.trust(), r.spread());
        int k = a.ties().indexOf(b.getId());
        if (k < 0) {
            model.link(a, b, tab, tba);
        } else {
            // A later relation in the file refines an earlier, broader one.
            a.ties().setTrust(k, tab);
            b.ties().setTrust(a.ties().mirror(k), tba);
        }
    }

    private double draw(double mean, double spread) {
        double v = mean + spread * (2 * random.nextDouble() - 1);
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
