package org.clustersim.model;

/** The geographic scale at which an actor acts (the paper's "niveaux d'échelles"). */
public enum Scale {
    LOCAL, NATIONAL, INTERNATIONAL
}
