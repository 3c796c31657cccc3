/** Organizations as the portal shows them: an organization, its parent and its children. */
package vn.khoidn.portal.application.organization;
