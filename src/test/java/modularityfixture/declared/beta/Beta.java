package modularityfixture.declared.beta;

public interface Beta {}
