package org.clustersim.model;

import java.util.Locale;

/**
 * Every numeric parameter of the model with its default, valid range, unit and meaning. The
 * YAML key is the lower-case name ({@code trust_gain}). One parameter set serves both clusters:
 * scenarios change structure and policy, and set here only what they test. Sources for each
 * rule are in the rule classes and in docs/ODD.md.
 */
public enum Param {
    // Encounters (rules.PartnerChoice)
    ENCOUNTERS_PER_MONTH(2, 0, 20, true, "encounters/month", "encounters each active actor starts per month"),
    DISCOVERY_PROBABILITY(0.1, 0, 1, false, "probability", "chance that an encounter seeks a new acquaintance"),
    DISTANCE_SCALE(5, 0.1, 5000, false, "km", "d0 in geographic proximity 1/(1+d/d0)"),
    ORGANISED_PROXIMITY(2, 0, 20, false, "weight", "extra encounter weight between members of the cluster"),
    MEETINGS_PER_MONTH(1, 0, 10, true, "meetings/month", "cluster meetings each member attends per month"),
    INTRODUCTIONS_PER_MONTH(2, 0, 50, true, "introductions/month", "pairs a coordinator introduces per month"),
    // Cooperation (rules.CooperationDecision)
    COOP_BIAS(-2, -20, 20, false, "logit", "baseline propensity to cooperate"),
    COOP_TRUST_WEIGHT(6, 0, 20, false, "logit/trust", "weight of trust in the partner"),
    COOP_APPROPRIATION_WEIGHT(1.5, 0, 20, false, "logit/appropriation", "weight of own appropriation of the project"),
    COOP_RIVALRY_WEIGHT(2.5, 0, 20, false, "logit/rivalry", "weight of rivalry with a same-market peer"),
    PROJECT_STAKES(2, 1, 10, false, "multiplier", "rivalry multiplier once the cluster project is under way"),
    CHARTER_EFFECT(3.5, 0, 20, false, "logit", "propensity added among members under a charter of good conduct"),
    SANCTION_EFFECT(1.75, 0, 20, false, "logit/control", "propensity added among members per unit of control in force"),
    // Trust (rules.TrustUpdate)
    TRUST_GAIN(0.06, 0, 1, false, "1/encounter", "share of the gap to the ceiling gained after cooperation"),
    TRUST_LOSS(0.25, 0, 1, false, "1/encounter", "share of trust lost after a defection"),
    SCAR(0.03, 0, 1, false, "1/betrayal", "share of the remaining ceiling lost for good after a defection"),
    STRANGER_TRUST(0.3, 0, 1, false, "trust", "trust in an actor met for the first time or newly assigned"),
    TIE_LAPSE(0.05, 0, 1, false, "trust", "a tie lapses when trust both ways falls below this"),
    TRUST_TRANSFER(0.8, 0, 1, false, "factor", "share of trust carried over when a coordinator introduces two actors"),
    STRONG_TIE(0.6, 0, 1, false, "trust", "a tie is strong when trust both ways reaches this"),
    // Information (rules.InformationExchange, rules.Pipelines)
    ABSORPTION(0.2, 0, 1, false, "1/encounter", "share of the knowledge gap closed when information is shared"),
    PIPELINE_STRENGTH(0.1, 0, 1, false, "1/month", "rate at which pipeline actors draw knowledge from outside"),
    OBSOLESCENCE(0.01, 0, 1, false, "1/month", "share of external knowledge that becomes obsolete each month"),
    INFO_TIE(0.5, 0, 1, false, "trust", "trust a sender needs to pass information on (information access)"),
    // Appropriation (rules.Appropriation)
    BENEFIT_MEMORY(0.3, 0, 1, false, "1/month", "smoothing of experienced benefit"),
    INTERNALISATION_RATE(0.08, 0, 1, false, "1/month", "growth of appropriation from benefits under autonomy"),
    DISAPPOINTMENT_RATE(0.03, 0, 1, false, "1/month", "decline of appropriation when benefits are missing"),
    CROWDING_OUT(0.03, 0, 1, false, "1/month", "decline of appropriation per unit of felt control"),
    // Perceived autonomy (rules.PerceivedAutonomy)
    AUTONOMY_RATE(0.1, 0, 1, false, "1/month", "speed at which perceived autonomy follows its target"),
    CHOICE_WEIGHT(1, 0, 10, false, "weight", "weight of having chosen to join among the autonomy cues"),
    VOICE_WEIGHT(1, 0, 10, false, "weight", "weight of voice in decisions among the autonomy cues"),
    AUTHORITY_TRUST_WEIGHT(1, 0, 10, false, "weight", "weight of trust in the authority among the autonomy cues"),
    PROMISE_EFFECT(0.2, 0, 1, false, "share", "share of the way autonomy moves when a promise is kept or broken"),
    // Joining (policy.Joining)
    JOIN_THRESHOLD_MIN(0.3, 0, 1, false, "score", "lowest individual joining threshold"),
    JOIN_THRESHOLD_MAX(0.7, 0, 1, false, "score", "highest individual joining threshold"),
    PROMOTER_WEIGHT(0.5, 0, 1, false, "share", "weight of trust in the promoter in the joining score"),
    LEAVE_APPROPRIATION(0.05, 0, 1, false, "appropriation", "members leave below this, unless a decree is in force"),
    // Alliances (rules.Alliances)
    ALLIANCE_THRESHOLD(0.6, 0, 1, false, "trust", "trust both ways needed to form an alliance (low = haste)"),
    ALLIANCE_RATE(0.05, 0, 1, false, "1/month", "chance per month that an eligible pair forms an alliance"),
    ALLIANCE_DURATION(24, 1, 600, true, "months", "months an alliance lasts before it completes"),
    BETRAYAL_MULTIPLIER(2, 1, 10, false, "multiplier", "trust loss multiplier when an ally defects"),
    ALLIANCE_BREAK_SHOCK(0.3, 0, 1, false, "share", "share of appropriation lost when an alliance breaks"),
    ALLIANCE_SUCCESS_BONUS(0.1, 0, 1, false, "appropriation", "appropriation gained when an alliance completes"),
    // Local officials (policy.Turnover)
    TURNOVER_PERIOD(36, 0, 600, true, "months", "term of local officials; 0 means no turnover"),
    // Transmission (rules.Demography)
    APPRENTICE_RATE(1, 0, 50, false, "entrants/month", "apprentices entering per month at full training and attractiveness"),
    TRAINING_EFFORT(0.2, 0, 1, false, "share", "effort of vocational training without a training instrument in force"),
    TRADE_ATTRACTIVENESS(0.3, 0, 1, false, "share", "attractiveness of the trade without a training instrument in force"),
    CAREER_MONTHS(300, 12, 1200, false, "months", "mean working life of an artisan before retiring"),
    LEARNING_BY_DOING(0.003, 0, 1, false, "1/month", "know-how an apprentice gains alone each month"),
    // Viability (rules.Viability)
    VIABILITY_RATE(0.05, 0, 1, false, "1/month", "speed at which viability follows its target"),
    BENEFIT_VALUE(0.3, 0, 1, false, "viability", "viability brought by cooperation benefits"),
    INNOVATION_VALUE(0.3, 0, 1, false, "viability", "viability brought by external knowledge"),
    EXIT_THRESHOLD(0.15, 0, 1, false, "viability", "a firm exits when its viability falls below this"),
    // Stage (policy.StageRule)
    FREEZE_APPROPRIATION(0.2, 0, 1, false, "appropriation", "members' appropriation below which the cluster stalls"),
    FREEZE_MONTHS(12, 1, 600, true, "months", "months of stalling before the stage is frozen"),
    GOVERNED_APPROPRIATION(0.5, 0, 1, false, "appropriation", "members' appropriation a governed cluster needs"),
    CHARTER_CONSENSUS(0.5, 0, 1, false, "appropriation", "members' appropriation at which a charter is adopted by consensus"),
    // Population and observation (model.PopulationBuilder, metrics.Metrics)
    SCALE(1, 1, 10_000, true, "copies", "copies of the declared cluster (districts); relations between groups span districts"),
    OBSERVE_EVERY(1, 1, 600, true, "months", "months between observations of the metrics that read every tie, which hold in between"),
    BETWEENNESS_PIVOTS(0, 0, 1_000_000, true, "sources", "0: exact betweenness; else estimated from this many sources");

    private final double defaultValue;
    private final double min;
    private final double max;
    private final boolean integer;
    private final String unit;
    private final String meaning;

    Param(double defaultValue, double min, double max, boolean integer, String unit, String meaning) {
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.integer = integer;
        this.unit = unit;
        this.meaning = meaning;
    }

    public double defaultValue() { return defaultValue; }

    public double min() { return min; }

    public double max() { return max; }

    /** Whole-number parameters (counts, months). */
    public boolean isInteger() { return integer; }

    public String unit() { return unit; }

    public String meaning() { return meaning; }

    /** The YAML key, e.g. {@code trust_gain}. */
    public String key() { return name().toLowerCase(Locale.ROOT); }
}
