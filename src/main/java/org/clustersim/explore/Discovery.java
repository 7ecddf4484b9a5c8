package org.clustersim.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.clustersim.scenario.Variant;

/**
 * A scenario discovery (Bryant and Lempert 2010) of one mix: which states of the world satisfy the
 * file's criterion (the cases of interest, e.g. failures), and the {@link Prim} box that
 * describes them.
 *
 * PRIM sees only the levers that act on the mix: a mix without control has no control intensity,
 * and a box restricted on it would describe chance.
 *
 * @param mix    the mix's name
 * @param levers the levers acting on the mix, the dimensions of the box
 * @param dims   their indices among the file's levers
 * @param cases  whether each state is a case of interest
 * @param prim   PRIM's trajectory and chosen box over those levers' values
 */
public record Discovery(String mix, List<Lever> levers, int[] dims, boolean[] cases, Prim.Result prim) {
    /** Discovers, for each mix of the ensemble, the box of the states where the criterion holds. */
    public static List<Discovery> of(ExplorationFile f, Ensemble e) {
        List<Discovery> out = new ArrayList<>();
        List<String> mixes = e.outcomes().variants();
        for (int m = 0; m < mixes.size(); m++) {
            double[] y = e.metric(m, f.criterion().metric());
            boolean[] cases = new boolean[y.length];
            for (int i = 0; i < y.length; i++) {
                cases[i] = f.criterion().holds(y[i]);
            }
            Variant v = f.experiment().variant(mixes.get(m));
            int[] dims = IntStream.range(0, f.levers().size()).filter(l -> f.levers().get(l).actsOn(v)).toArray();
            double[][] x = new double[y.length][dims.length];
            for (int i = 0; i < y.length; i++) {
                for (int l = 0; l < dims.length; l++) {
                    x[i][l] = e.values()[i][dims[l]];
                }
            }
            List<Lever> levers = IntStream.of(dims).mapToObj(f.levers()::get).toList();
            out.add(new Discovery(mixes.get(m), levers, dims, cases, Prim.run(x, cases, f.prim())));
        }
        return out;
    }

    /** The value of the box's dimension {@code l} in state {@code state}. */
    public double value(Ensemble e, int state, int l) {
        return e.values()[state][dims[l]];
    }

    /** The share of states that are cases. */
    public double share() {
        return IntStream.range(0, cases.length).filter(i -> cases[i]).count() / (double) cases.length;
    }

    /**
     * The restricted dimensions, most restrictive first: by the share of its range the box keeps
     * (Bryant and Lempert 2010 read a box by its restrictions), ties by index.
     */
    public List<Integer> restricted() {
        return IntStream.range(0, prim.min().length).filter(prim::restricts).boxed()
                .sorted(Comparator.comparingDouble(this::kept)).toList();
    }

    /** The share of dimension d's range the box keeps. */
    public double kept(int d) {
        double span = prim.max()[d] - prim.min()[d];
        return span == 0 ? 1 : (prim.box().hi()[d] - prim.box().lo()[d]) / span;
    }
}
