package org.clustersim.model;

import org.clustersim.experiment.Replication;
import org.clustersim.model.policy.PolicyMode;

/** Temporary exploration entry point. */
public final class SmokeMain {
    public static void main(String[] args) {
        for (PolicyMode mode : new PolicyMode[] {PolicyMode.PROPOSE, PolicyMode.IMPOSE}) {
            double[] acc = null;
            int reps = 20;
            for (int r = 0; r < reps; r++) {
                Replication rep = Replication.run(TestConfigs.mechanical(mode, 40), 1000 + r, 120);
                double[] last = rep.values()[120];
                if (acc == null) acc = new double[last.length];
                for (int k = 0; k < last.length; k++) acc[k] += last[k] / reps;
            }
            System.out.println(mode);
            for (int k = 0; k < acc.length; k++) System.out.printf("  %-25s %.3f%n", Replication.metricNames().get(k), acc[k]);
        }
    }
}
