package org.lactationclinic.domain.careplan;

import org.lactationclinic.domain.shared.Labelled;

/** The headings the printed plan groups its steps under, in the order printed. */
public enum InterventionCategoryType implements Labelled {
    FEEDING,
    LATCH_AND_POSITIONING,
    MILK_EXPRESSION_AND_PUMPING,
    SUPPLY,
    SUPPLEMENTATION,
    NUTRITION_AND_HYDRATION,
    REST_AND_WELLBEING,
    WHEN_TO_GET_HELP
}
