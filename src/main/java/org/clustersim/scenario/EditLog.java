package org.clustersim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.clustersim.scenario.yaml.Problem;
import org.clustersim.scenario.yaml.Problems;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.scenario.yaml.YMap;

/**
 * What the population edits of one load did and got wrong: the edits' own mistakes (a name
 * that matches nothing, an unknown edit key, a bare list that would replace the base's actors),
 * the actors they add or change (checked on their own before anything else), and the changes
 * in words, which {@code validate} prints and the manifest records.
 *
 * <p>Mistakes are reported cause first (a compiler's error recovery avoids reporting the
 * spurious errors a first mistake causes: Aho, Lam, Sethi and Ullman, <i>Compilers</i>, 2nd ed.,
 * 2006, section 4.1.3): the fields of the actors an edit adds or
 * changes, then the edits' other mistakes; the rest of the scenario is bound only when both are
 * clean, since what it would say (unknown actors in the base file) follows from them.
 */
final class EditLog {
    private final Problems edits = new Problems();
    private final List<YMap> actors = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();

    /** Records a mistake of the edit itself. */
    Problems problems() {
        return edits;
    }

    /** An actor item that an edit adds or changes, to check on its own. */
    void check(YMap actor) {
        actors.add(actor);
    }

    /** A change in words, prefixed with where it is said (the file or the variant). */
    void change(String where, String what) {
        changes.add(where.isEmpty() ? what : where + ": " + what);
    }

    List<String> changes() {
        return List.copyOf(changes);
    }

    /**
     * Throws the edits' mistakes, the actors' own fields first, then the {@code others} found so
     * far (the scenario's own keys); does nothing when the edits have none.
     */
    void throwIfAny(Problems others) throws ScenarioException {
        Problems own = new Problems();
        actors.forEach(a -> ActorsBinder.item(a, own));
        if (own.isEmpty() && edits.isEmpty()) {
            return;
        }
        List<Problem> all = new ArrayList<>(own.list());
        all.addAll(edits.list());
        others.list().stream().filter(p -> !all.contains(p)).forEach(all::add);
        throw new ScenarioException(all);
    }
}
