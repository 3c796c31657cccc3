/** The home page after login: the user's organization and the organizations under it. */
package vn.khoidn.portal.interfaces.home.web;
