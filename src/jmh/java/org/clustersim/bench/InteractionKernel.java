package org.clustersim.bench;

import ec.util.MersenneTwisterFast;

/**
 * The baseline of {@link InteractionBenchmark}: the model's interaction rule (trust-weighted
 * choice of an acquaintance, logistic cooperation both ways, asymmetric trust update with a
 * scar, trust-gated information exchange) written as directly as possible on primitive arrays,
 * with the ties in compressed sparse rows. It leaves out everything else the model does
 * (discovery, meetings, brokerage, rivalry, bookkeeping), so it is a lower bound.
 */
final class InteractionKernel {
    final int n;
    final int[] start;
    final int[] partner;
    final int[] back;
    final double[] trust;
    final double[] ceiling;
    final double[] appropriation;
    final double[] openness;
    final double[] knowledge;
    final double[] weights;
    private final MersenneTwisterFast random = new MersenneTwisterFast(42);

    InteractionKernel(int[] start, int[] partner, int[] back, double[] trust, double[] appropriation,
                      double[] openness, double[] knowledge) {
        this.n = start.length - 1;
        this.start = start;
        this.partner = partner;
        this.back = back;
        this.trust = trust;
        this.ceiling = new double[trust.length];
        java.util.Arrays.fill(ceiling, 1.0);
        this.appropriation = appropriation;
        this.openness = openness;
        this.knowledge = knowledge;
        this.weights = new double[trust.length];
    }

    /** One month: every actor starts {@code encounters} encounters. */
    long month(int encounters, double bias, double wTrust, double wApp, double gain, double loss, double scar,
               double absorption) {
        long cooperations = 0;
        for (int i = 0; i < n; i++) {
            cooperations += actor(i, encounters, bias, wTrust, wApp, gain, loss, scar, absorption);
        }
        return cooperations;
    }

    /** Actor i's month: its {@code encounters} encounters; returns the number of cooperations. */
    long actor(int i, int encounters, double bias, double wTrust, double wApp, double gain, double loss,
               double scar, double absorption) {
        int from = start[i];
        int to = start[i + 1];
        if (from == to) {
            return 0;
        }
        long cooperations = 0;
        for (int e = 0; e < encounters; e++) {
            double total = 0;
            for (int k = from; k < to; k++) {
                weights[k] = 0.05 + trust[k];
                total += weights[k];
            }
            double u = random.nextDouble() * total;
            int k = from;
            while (k < to - 1 && (u -= weights[k]) >= 0) {
                k++;
            }
            int j = partner[k];
            int kb = back[k];
            boolean ci = random.nextDouble()
                    < 1 / (1 + Math.exp(-(bias + wTrust * trust[k] + wApp * appropriation[i])));
            boolean cj = random.nextDouble()
                    < 1 / (1 + Math.exp(-(bias + wTrust * trust[kb] + wApp * appropriation[j])));
            double ki = knowledge[i];
            if (cj && knowledge[j] > ki) {
                knowledge[i] += absorption * openness[j] * trust[kb] * (knowledge[j] - ki);
            }
            if (ci && ki > knowledge[j]) {
                knowledge[j] += absorption * openness[i] * trust[k] * (ki - knowledge[j]);
            }
            update(k, cj, gain, loss, scar);
            update(kb, ci, gain, loss, scar);
            cooperations += (ci ? 1 : 0) + (cj ? 1 : 0);
        }
        return cooperations;
    }

    private void update(int k, boolean cooperated, double gain, double loss, double scar) {
        if (cooperated) {
            if (trust[k] < ceiling[k]) {
                trust[k] += gain * (ceiling[k] - trust[k]);
            }
        } else {
            trust[k] -= loss * trust[k];
            ceiling[k] -= scar * ceiling[k];
            trust[k] = Math.min(trust[k], ceiling[k]);
        }
    }
}
