package org.clustersim.patterns;

import java.util.List;

/**
 * A stylized fact of the model brief (P1-P8) as an experiment file and the checks its runs must
 * pass, all of them, over replications (pattern-oriented modelling, Grimm et al. 2005).
 *
 * @param id     short name, e.g. "P1"
 * @param title  the fact in a few words
 * @param file   the experiment, relative to the scenarios folder
 * @param checks what must hold
 */
public record Pattern(String id, String title, String file, List<Check> checks) {
    public Pattern {
        checks = List.copyOf(checks);
    }
}
