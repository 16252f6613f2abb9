package modularityfixture.reaching.beta;

public interface Beta {}
