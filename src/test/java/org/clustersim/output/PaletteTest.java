package org.clustersim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void everyKindHasItsOwnColour() {
        List<String> kinds = List.of("artisan", "sme", "state_firm", "foreign_partner", "crafts_chamber",
                "commerce_chamber", "artisans_association", "cluster_association", "ministry", "local_authority",
                "university", "vocational_training", "international_agency", "other_cluster");
        assertEquals(kinds, Palette.kinds());
        Set<Color> colours = new HashSet<>();
        kinds.forEach(k -> colours.add(Palette.kindColor(k)));
        assertEquals(kinds.size(), colours.size());
        assertThrows(IllegalArgumentException.class, () -> Palette.kindColor("wizard"));
    }

    @Test
    void variantColoursStartWithOkabeItoBlueAndCycle() {
        assertEquals(new Color(0x0072B2), Palette.variantColor(0));
        assertEquals(Palette.variantColor(0), Palette.variantColor(7));
    }
}
