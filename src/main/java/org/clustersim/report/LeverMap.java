package org.clustersim.report;

import java.util.List;

import org.clustersim.model.Param;

/**
 * Which metrics a lever acts on first: for each policy instrument and each parameter, the
 * metrics its rule changes directly (docs/ODD.md, sections 7 and 9; docs/report.md lists this
 * map). The report shows these metrics for every variant that changes the lever, whether or not
 * they differ clearly, so that "no clear difference" on what a what-if was meant to move is seen.
 * The switch over {@link Param} is exhaustive: a new parameter does not compile until it is mapped.
 */
public final class LeverMap {
    private static final List<String> TRUST = List.of("mean_trust", "cohesion", "strong_tie_density");
    private static final List<String> COOPERATION = List.of("cooperation_rate", "alliance_break_rate");
    private static final List<String> OWNERSHIP = List.of("appropriation", "member_appropriation");
    private static final List<String> AUTONOMY = List.of("member_autonomy", "appropriation");
    private static final List<String> KNOWLEDGE = List.of("innovation", "information_access");
    private static final List<String> TRANSMISSION = List.of("know_how", "know_how_per_firm", "active_firms");

    private LeverMap() {
    }

    /** The metrics a policy instrument acts on, by its key in a scenario file; empty for an unknown key. */
    public static List<String> instrument(String key) {
        return switch (key) {
            case "awareness" -> List.of("members", "information_access", "tie_density");
            case "voluntary_membership" -> List.of("members", "formed", "member_autonomy");
            case "decree" -> List.of("members", "formed", "member_autonomy");
            case "assigned_partners" -> List.of("tie_density", "cooperation_rate", "member_autonomy");
            case "control" -> List.of("cooperation_rate", "member_autonomy", "appropriation");
            case "voice" -> List.of("member_autonomy", "appropriation");
            case "charter" -> List.of("cooperation_rate", "member_appropriation");
            case "promise" -> List.of("local_authority_trust", "member_autonomy");
            case "programme" -> List.of("innovation", "information_access");
            case "vocational_training" -> TRANSMISSION;
            default -> List.of();
        };
    }

    /** The metrics a parameter acts on. */
    public static List<String> parameter(Param p) {
        return switch (p) {
            case ENCOUNTERS_PER_MONTH, DISCOVERY_PROBABILITY, DISTANCE_SCALE, ORGANISED_PROXIMITY, MEETINGS_PER_MONTH,
                 INTRODUCTIONS_PER_MONTH -> List.of("tie_density", "mean_trust", "cooperation_rate");
            case COOP_BIAS, COOP_TRUST_WEIGHT, COOP_APPROPRIATION_WEIGHT, COOP_RIVALRY_WEIGHT, PROJECT_STAKES,
                 CHARTER_EFFECT, SANCTION_EFFECT -> COOPERATION;
            case TRUST_GAIN, TRUST_LOSS, SCAR, STRANGER_TRUST, TIE_LAPSE, TRUST_TRANSFER, STRONG_TIE -> TRUST;
            case ABSORPTION, PIPELINE_STRENGTH, OBSOLESCENCE, INFO_TIE -> KNOWLEDGE;
            case BENEFIT_MEMORY, INTERNALISATION_RATE, DISAPPOINTMENT_RATE, CROWDING_OUT -> OWNERSHIP;
            case AUTONOMY_RATE, CHOICE_WEIGHT, VOICE_WEIGHT, AUTHORITY_TRUST_WEIGHT, PROMISE_EFFECT -> AUTONOMY;
            case JOIN_THRESHOLD_MIN, JOIN_THRESHOLD_MAX, PROMOTER_WEIGHT, LEAVE_APPROPRIATION ->
                    List.of("members", "formed");
            case ALLIANCE_THRESHOLD, ALLIANCE_RATE, ALLIANCE_DURATION, BETRAYAL_MULTIPLIER, ALLIANCE_BREAK_SHOCK,
                 ALLIANCE_SUCCESS_BONUS -> List.of("alliance_break_rate", "alliances_broken", "appropriation");
            case TURNOVER_PERIOD -> List.of("local_authority_trust");
            case APPRENTICE_RATE, TRAINING_EFFORT, TRADE_ATTRACTIVENESS, CAREER_MONTHS, LEARNING_BY_DOING -> TRANSMISSION;
            case VIABILITY_RATE, BENEFIT_VALUE, INNOVATION_VALUE, EXIT_THRESHOLD -> List.of("active_firms");
            case FREEZE_APPROPRIATION, FREEZE_MONTHS, GOVERNED_APPROPRIATION, CHARTER_CONSENSUS ->
                    List.of("member_appropriation", "cooperation_rate");
            // Scale and observation settings change how much is simulated or measured, not a rule.
            case SCALE, OBSERVE_EVERY, BETWEENNESS_PIVOTS -> List.of();
        };
    }

    /** The metrics of a parameter given by its key; empty for a key that is not a parameter. */
    public static List<String> parameter(String key) {
        for (Param p : Param.values()) {
            if (p.key().equals(key)) {
                return parameter(p);
            }
        }
        return List.of();
    }
}
