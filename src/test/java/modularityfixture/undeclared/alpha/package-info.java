/** A module that declares no dependency on beta, yet uses it. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package modularityfixture.undeclared.alpha;
