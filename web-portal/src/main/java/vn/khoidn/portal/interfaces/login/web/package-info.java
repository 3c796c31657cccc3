/** The login and logout page. */
package vn.khoidn.portal.interfaces.login.web;
