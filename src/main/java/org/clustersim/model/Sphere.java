package org.clustersim.model;

/**
 * The sphere an actor belongs to in the triple helix (Etzkowitz 2008), plus the intermediaries
 * and the international actors that the Constantine paper adds around it.
 */
public enum Sphere {
    FIRMS, PUBLIC_AUTHORITIES, ACADEMIA, INTERMEDIARY, INTERNATIONAL
}
