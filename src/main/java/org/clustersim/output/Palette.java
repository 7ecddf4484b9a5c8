package org.clustersim.output;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;

import org.clustersim.model.ActorKind;

/**
 * The fixed colours of clustersim, shared by the charts and the GUI.
 *
 * <p>Variants use the Okabe-Ito palette (Okabe &amp; Ito 2008, "Color Universal Design",
 * https://jfly.uni-koeln.de/color/), which stays distinguishable under the common colour-vision
 * deficiencies; yellow is placed last because it is hard to see on white, black is not used.
 *
 * <p>Actor kinds are fourteen, more than any colour-blind-safe qualitative palette offers
 * (about eight to ten). They are grouped by family, each family a hue range drawn from Okabe-Ito and
 * Paul Tol's "muted" scheme (https://personal.sron.nl/~pault/): firms warm, chambers and associations
 * blue/teal, public authorities green/olive, knowledge institutions sand/purple, outside actors grey.
 * Kinds within a family can look alike to colour-blind readers, so the GUI should add shapes or labels.
 */
public final class Palette {

    private static final Color[] VARIANTS = {
        new Color(0x0072B2), // blue
        new Color(0xD55E00), // vermillion
        new Color(0x009E73), // bluish green
        new Color(0xE69F00), // orange
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0xF0E442), // yellow
    };

    /**
     * Filled from an exhaustive switch over every kind, so a new {@link ActorKind} without a
     * colour does not compile (rather than failing when the charts are drawn, after every run).
     */
    private static final Map<ActorKind, Color> KINDS = new EnumMap<>(ActorKind.class);

    static {
        for (ActorKind k : ActorKind.values()) {
            KINDS.put(k, new Color(rgb(k)));
        }
    }

    private Palette() {
    }

    /** Colour of the variant at {@code index} (0-based, first-seen order); cycles after seven. */
    public static Color variantColor(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative variant index " + index);
        }
        return VARIANTS[index % VARIANTS.length];
    }

    /** Colour of an actor kind. */
    public static Color kindColor(ActorKind kind) {
        return KINDS.get(kind);
    }

    private static int rgb(ActorKind kind) {
        return switch (kind) {
            case ARTISAN -> 0xE69F00;
            case SME -> 0xD55E00;
            case STATE_FIRM -> 0x882255;
            case FOREIGN_PARTNER -> 0xCC79A7;
            case CRAFTS_CHAMBER -> 0x0072B2;
            case COMMERCE_CHAMBER -> 0x56B4E9;
            case ARTISANS_ASSOCIATION -> 0x332288;
            case CLUSTER_ASSOCIATION -> 0x44AA99;
            case MINISTRY -> 0x117733;
            case LOCAL_AUTHORITY -> 0x999933;
            case UNIVERSITY -> 0xDDCC77;
            case VOCATIONAL_TRAINING -> 0xAA4499;
            case INTERNATIONAL_AGENCY -> 0x555555;
            case OTHER_CLUSTER -> 0xBBBBBB;
        };
    }
}
