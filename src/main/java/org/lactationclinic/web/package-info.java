/**
 * The Faces layer: one thin backing bean per page, in a package that mirrors the page's folder
 * ({@code web/dyad/DyadEditBacking} for {@code dyad/edit.xhtml}). Beans hold form state and call one service method per
 * action; they hold no business rules and no EntityManager. Every text they show is a bundle key resolved by
 * {@link org.lactationclinic.web.BundleMessages}.
 */
package org.lactationclinic.web;
