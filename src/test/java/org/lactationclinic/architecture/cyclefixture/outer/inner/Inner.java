package org.lactationclinic.architecture.cyclefixture.outer.inner;

import org.lactationclinic.architecture.cyclefixture.outer.Outer;

/** With {@link Outer}: a package and its sub-package that use each other, a cycle only at full depth. */
public class Inner {
    public Outer outer() {
        return new Outer();
    }
}
