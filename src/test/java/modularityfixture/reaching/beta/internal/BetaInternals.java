package modularityfixture.reaching.beta.internal;

public class BetaInternals {}
