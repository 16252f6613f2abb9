package modularityfixture.undeclared.beta;

public interface Beta {}
