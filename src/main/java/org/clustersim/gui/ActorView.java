package org.clustersim.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.clustersim.model.Actor;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Ties;

/**
 * What MASON's inspector shows when an actor is clicked in the network display: a read-only
 * window on one live {@link Actor}, with its trust in the actors it knows spelled out. Every
 * getter reads the model as it is now, so an open inspector follows the run month by month.
 */
public final class ActorView {
    private final ClusterModel model;
    private final Actor actor;

    ActorView(ClusterModel model, Actor actor) {
        this.model = model;
        this.actor = actor;
    }

    Actor actor() { return actor; }

    public String getName() { return actor.getName(); }
    public String getKind() { return actor.getKind().key(); }
    public String getSphere() { return actor.getKind().sphere().name().toLowerCase(Locale.ROOT); }
    public String getSite() { return actor.getSite().key(); }
    public boolean isActive() { return actor.isActive(); }
    public String getMembership() { return actor.getMembership().name().toLowerCase(Locale.ROOT); }
    public boolean isCoordinator() { return actor.isCoordinator(); }
    /** Ownership of the cluster project, 0..1. */
    public double getAppropriation() { return actor.getAppropriation(); }
    /** Local know-how, 0..1. */
    public double getKnowHow() { return actor.getKnowHow(); }
    /** External knowledge adopted (innovation), 0..1. */
    public double getExternalKnowledge() { return actor.getExternal(); }
    public double getOpenness() { return actor.getOpenness(); }
    public double getRivalry() { return actor.getRivalry(); }
    public double getViability() { return actor.getViability(); }
    public int getAcquaintances() { return actor.ties().size(); }

    /** One acquaintance as the inspector's bars show it: this actor's trust in it, and its trust back. */
    record TrustLine(String name, ActorKind kind, double trust, double back, boolean gone) {
    }

    /** Every acquaintance, most trusted first (ties in the order of the actor's tie list). */
    List<TrustLine> trustLines() {
        Ties t = actor.ties();
        List<TrustLine> lines = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            Actor other = model.actor(t.partner(k));
            lines.add(new TrustLine(other.getName(), other.getKind(), t.trust(k), other.ties().trustIn(actor.getId()),
                    !other.isActive()));
        }
        lines.sort(Comparator.comparingDouble(TrustLine::trust).reversed());
        return lines;
    }

    /**
     * One line per acquaintance, most trusted first: its name and kind, this actor's trust in it
     * and its trust back.
     */
    public List<String> getTrustInOthers() {
        List<String> lines = new ArrayList<>();
        for (TrustLine l : trustLines()) {
            lines.add(String.format(Locale.ROOT, "%s (%s): %.2f, back %.2f%s", l.name(), l.kind().key(), l.trust(),
                    l.back(), l.gone() ? ", gone" : ""));
        }
        return lines;
    }

    @Override
    public String toString() {
        return actor.getName() + " (" + actor.getKind().key() + ")";
    }
}
