package dev.allot.space;

/** A floor's plan with its bytes, to serve it. */
public record FloorPlanImage(FloorPlan plan, byte[] bytes) {}
