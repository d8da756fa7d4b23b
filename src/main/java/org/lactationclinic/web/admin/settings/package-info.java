/**
 * The admin's clinic settings: the configurable clinical thresholds (ClinicSettingsBacking) and the clinic's name,
 * address and logo for printouts (ClinicProfileBacking, LogoSizeValidator).
 */
package org.lactationclinic.web.admin.settings;
