package se.lagesbild.report;

import java.time.Instant;

/** A slide the controller pinned from a view: the drilled verksamhet, enhet or goal area. */
public record Pin(long id, Kind kind, String scope, Instant pinnedAt, String pinnedBy) {

    /** Which view it was pinned from; the scope is a verksamhet (or area) code, an enhet code or a goal area number. */
    public enum Kind {
        ECONOMY,
        INVESTIGATIONS,
        GOALS
    }
}
