/** A module that declares its dependency on beta. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "beta")
package modularityfixture.declared.alpha;
