package org.clustersim.scenario;

/**
 * How a sweep chooses its design points: the full factorial {@code grid} of the listed values,
 * an explicit {@code list} of combinations, or a Latin hypercube sample {@code lhs}
 * (McKay, Beckman and Conover 1979).
 */
public enum SweepDesign {
    GRID, LIST, LHS
}
