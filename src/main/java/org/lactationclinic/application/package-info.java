/**
 * Use cases, one service per area. Each public method is one use case and one transaction; roles are enforced here as
 * well as on URLs, so no page can reach a use case its user may not perform. Services return detached entities loaded
 * with what the page shows.
 */
package org.lactationclinic.application;
