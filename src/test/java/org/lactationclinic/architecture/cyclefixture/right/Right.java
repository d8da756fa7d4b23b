package org.lactationclinic.architecture.cyclefixture.right;

import org.lactationclinic.architecture.cyclefixture.left.Left;

/** With {@link Left}: two sibling packages that use each other, a cycle at any depth. */
public class Right {
    public Left left() {
        return new Left();
    }
}
