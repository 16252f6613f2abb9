package dev.allot.space;

/**
 * Where a resource is on its floor's plan: {@code x} from the plan's left edge and {@code y} from
 * its top, each a fraction of the plan's width or height in [0, 1], so that a position stays right
 * however large the plan is drawn.
 */
public record PlanPosition(double x, double y) {}
