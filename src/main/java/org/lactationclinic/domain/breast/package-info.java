/**
 * The mother's side of a consultation: breast and nipple findings per side, nipple pain, supply concerns and
 * contributing factors, gathered with her fever in MotherFindings, which raises the section 4 breast flags
 * (clinical-reference.md, sections 4 and 5).
 */
package org.lactationclinic.domain.breast;
