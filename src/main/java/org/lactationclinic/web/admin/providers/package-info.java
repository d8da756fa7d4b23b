/**
 * The admin's directory of babies' and mothers' doctors (ProviderListBacking): providers are retired, never deleted.
 */
package org.lactationclinic.web.admin.providers;
