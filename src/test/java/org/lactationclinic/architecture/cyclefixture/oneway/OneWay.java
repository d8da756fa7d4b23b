package org.lactationclinic.architecture.cyclefixture.oneway;

import org.lactationclinic.architecture.cyclefixture.left.Left;
import org.lactationclinic.architecture.cyclefixture.outer.inner.Inner;

/** Uses packages that do not use it back: no cycle, even though they are in cycles of their own. */
public class OneWay {
    public Left left() {
        return new Left();
    }

    public Inner inner() {
        return new Inner();
    }
}
