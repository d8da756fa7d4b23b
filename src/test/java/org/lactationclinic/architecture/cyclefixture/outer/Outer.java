package org.lactationclinic.architecture.cyclefixture.outer;

import org.lactationclinic.architecture.cyclefixture.outer.inner.Inner;

/** With {@link Inner}: a package and its sub-package that use each other, a cycle only at full depth. */
public class Outer {
    public Inner inner() {
        return new Inner();
    }
}
