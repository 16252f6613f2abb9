/**
 * Tiny applications for ModularityTest, outside dev.allot: one whose module reaches into another's
 * internals, one that uses an undeclared dependency, and one that declares it.
 */
package modularityfixture;
