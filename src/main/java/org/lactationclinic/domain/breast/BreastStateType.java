package org.lactationclinic.domain.breast;

import org.lactationclinic.domain.shared.Labelled;

/**
 * How the breast feels (clinical-reference.md, section 1: soft / filling / engorged). The label is the bundle entry
 * {@code BreastStateType.VALUE}.
 */
public enum BreastStateType implements Labelled {
    SOFT,
    FILLING,
    ENGORGED;
}
