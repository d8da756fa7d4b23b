/**
 * The mother's side of a consultation as values and rules: breast and nipple findings per side, nipple pain, supply
 * concerns and contributing factors, and the section 4 breast flags they raise (clinical-reference.md, sections 4 and
 * 5). The mother's form that gathers them with her fever and visit reasons, {@code MotherFindings}, is part of the
 * consultation aggregate, in {@code domain.consultation}.
 */
package org.lactationclinic.domain.breast;
