package modularityfixture.declared.alpha;

import modularityfixture.declared.beta.Beta;

/** Uses beta's API; whether that is allowed is alpha's package-info. */
public class Alpha {

    Beta beta;
}
