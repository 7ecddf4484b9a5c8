package org.clustersim.model;

import java.util.Locale;

/**
 * The kinds of actor named by the Constantine paper (Benbouhedja et al.), each placed in a
 * sphere of the triple helix and at a scale. Flags say which rules apply to a kind:
 * firms have viability and may join the cluster; pipeline kinds bring external knowledge
 * (Bathelt, Malmberg and Maskell 2004); hubs are information sources for
 * {@code information_access}; rival kinds compete on one market (coopetition).
 */
public enum ActorKind {
    ARTISAN(Sphere.FIRMS, Scale.LOCAL, true, false, false, true),
    SME(Sphere.FIRMS, Scale.LOCAL, true, false, false, true),
    STATE_FIRM(Sphere.FIRMS, Scale.NATIONAL, true, false, false, false),
    FOREIGN_PARTNER(Sphere.INTERNATIONAL, Scale.INTERNATIONAL, false, true, false, false),
    CRAFTS_CHAMBER(Sphere.INTERMEDIARY, Scale.LOCAL, false, false, true, false),
    COMMERCE_CHAMBER(Sphere.INTERMEDIARY, Scale.LOCAL, false, false, true, false),
    ARTISANS_ASSOCIATION(Sphere.INTERMEDIARY, Scale.LOCAL, false, false, true, false),
    CLUSTER_ASSOCIATION(Sphere.INTERMEDIARY, Scale.LOCAL, false, false, true, false),
    MINISTRY(Sphere.PUBLIC_AUTHORITIES, Scale.NATIONAL, false, false, true, false),
    LOCAL_AUTHORITY(Sphere.PUBLIC_AUTHORITIES, Scale.LOCAL, false, false, false, false),
    UNIVERSITY(Sphere.ACADEMIA, Scale.LOCAL, false, true, true, false),
    VOCATIONAL_TRAINING(Sphere.ACADEMIA, Scale.LOCAL, false, false, false, false),
    INTERNATIONAL_AGENCY(Sphere.INTERNATIONAL, Scale.INTERNATIONAL, false, true, true, false),
    OTHER_CLUSTER(Sphere.INTERMEDIARY, Scale.NATIONAL, false, true, false, false);

    private final Sphere sphere;
    private final Scale scale;
    private final boolean firm;
    private final boolean pipeline;
    private final boolean hub;
    private final boolean rival;
    /** Computed once: relations resolve kind keys for every actor at build time. */
    private final String key = name().toLowerCase(Locale.ROOT);

    ActorKind(Sphere sphere, Scale scale, boolean firm, boolean pipeline, boolean hub, boolean rival) {
        this.sphere = sphere;
        this.scale = scale;
        this.firm = firm;
        this.pipeline = pipeline;
        this.hub = hub;
        this.rival = rival;
    }

    public Sphere sphere() { return sphere; }

    public Scale scale() { return scale; }

    /** Local firms: they have viability, can exit, and are the targets of cluster policy. */
    public boolean isFirm() { return firm; }

    /** Sources of external knowledge: the "global pipelines" of Bathelt et al. (2004). */
    public boolean isPipeline() { return pipeline; }

    /** Institutions whose information firms need (ministry, chambers, associations, agencies). */
    public boolean isHub() { return hub; }

    /** Firms of this kind compete with each other on one market (coopetition). */
    public boolean isRival() { return rival; }

    /** The spelling used in YAML files and CSV columns, e.g. {@code state_firm}. */
    public String key() { return key; }
}
