package org.clustersim.model.policy;

import org.clustersim.model.Actor;

/** Which actors a policy addresses: active firms of the target kinds. */
final class Targets {
    private Targets() {
    }

    static boolean isTarget(Actor a, PolicySpec policy) {
        return a.isActive() && policy.targets().contains(a.getKind());
    }
}
