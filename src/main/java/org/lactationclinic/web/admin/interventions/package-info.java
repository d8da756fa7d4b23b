/** The admin's intervention library (the care plan's steps): added and retired, never deleted. */
package org.lactationclinic.web.admin.interventions;
