package se.lagesbild.report;

import java.time.Instant;
import se.lagesbild.base.SlidePins;

/** A slide the controller pinned from a view: the drilled verksamhet, enhet or goal area. */
public record Pin(long id, SlidePins.Kind kind, String scope, Instant pinnedAt, String pinnedBy) {}
