package modularityfixture.reaching.alpha;

import modularityfixture.reaching.beta.internal.BetaInternals;

/** Reaches past beta's API into its internals: what ModularityTest must catch. */
public class Alpha {

    final BetaInternals internals = new BetaInternals();
}
