/** What every page shares: the language switch and the message bundles. */
package vn.khoidn.portal.interfaces.web;
