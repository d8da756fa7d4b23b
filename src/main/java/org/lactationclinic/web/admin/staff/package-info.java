/**
 * The admin's staff list and account page: add, disable, re-enable, reset a password, change roles (never locking the
 * last admin out).
 */
package org.lactationclinic.web.admin.staff;
