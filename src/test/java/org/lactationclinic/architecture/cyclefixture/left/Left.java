package org.lactationclinic.architecture.cyclefixture.left;

import org.lactationclinic.architecture.cyclefixture.right.Right;

/** With {@link Right}: two sibling packages that use each other, a cycle at any depth. */
public class Left {
    public Right right() {
        return new Right();
    }
}
