package org.clustersim.sensitivity;

import java.util.List;

/**
 * Morris statistics of one output over trajectories: for factor i the elementary effects
 * {@code EE_i = (y(x + step e_i) - y(x)) / step}, their mean mu, the mean of their absolute
 * values mu* (Campolongo, Cariboni and Saltelli 2007), which ranks influence even when effects
 * change sign, and their standard deviation sigma, which flags non-linearity or interactions.
 */
public final class ElementaryEffects {
    /** mu, mu* and sigma of one factor. */
    public record Stats(double mu, double muStar, double sigma, int n) {
    }

    private ElementaryEffects() {
    }

    /**
     * @param trajectories the design
     * @param outputs      {@code outputs[t][s]}: the output at point s of trajectory t
     * @param factors      number of factors
     */
    public static Stats[] compute(List<MorrisDesign.Trajectory> trajectories, double[][] outputs, int factors) {
        double[][] ee = new double[factors][trajectories.size()];
        for (int t = 0; t < trajectories.size(); t++) {
            MorrisDesign.Trajectory tr = trajectories.get(t);
            for (int s = 0; s < factors; s++) {
                ee[tr.changed()[s]][t] = (outputs[t][s + 1] - outputs[t][s]) / tr.step()[s];
            }
        }
        Stats[] out = new Stats[factors];
        for (int i = 0; i < factors; i++) {
            double mu = 0;
            double muStar = 0;
            int n = ee[i].length;
            for (double e : ee[i]) {
                mu += e / n;
                muStar += Math.abs(e) / n;
            }
            double var = 0;
            for (double e : ee[i]) {
                var += (e - mu) * (e - mu);
            }
            out[i] = new Stats(mu, muStar, n > 1 ? Math.sqrt(var / (n - 1)) : Double.NaN, n);
        }
        return out;
    }
}
