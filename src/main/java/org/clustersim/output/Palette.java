package org.clustersim.output;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static final Map<String, Color> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("artisan", new Color(0xE69F00));
        KINDS.put("sme", new Color(0xD55E00));
        KINDS.put("state_firm", new Color(0x882255));
        KINDS.put("foreign_partner", new Color(0xCC79A7));
        KINDS.put("crafts_chamber", new Color(0x0072B2));
        KINDS.put("commerce_chamber", new Color(0x56B4E9));
        KINDS.put("artisans_association", new Color(0x332288));
        KINDS.put("cluster_association", new Color(0x44AA99));
        KINDS.put("ministry", new Color(0x117733));
        KINDS.put("local_authority", new Color(0x999933));
        KINDS.put("university", new Color(0xDDCC77));
        KINDS.put("vocational_training", new Color(0xAA4499));
        KINDS.put("international_agency", new Color(0x555555));
        KINDS.put("other_cluster", new Color(0xBBBBBB));
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

    /** Colour of an actor kind; an unknown kind is a programming error and throws. */
    public static Color kindColor(String kind) {
        Color c = KINDS.get(kind);
        if (c == null) {
            throw new IllegalArgumentException("no colour for actor kind '" + kind + "'; known: " + KINDS.keySet());
        }
        return c;
    }

    /** The actor kinds that have a colour, in palette order. */
    public static List<String> kinds() {
        return List.copyOf(KINDS.keySet());
    }
}
