package modularityfixture.undeclared.alpha;

import modularityfixture.undeclared.beta.Beta;

/** Uses beta's API; whether that is allowed is alpha's package-info. */
public class Alpha {

    Beta beta;
}
