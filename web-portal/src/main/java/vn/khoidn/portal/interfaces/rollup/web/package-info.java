/** The roll-up page: the bloc's figures over the organization tree, live from accepted figures. */
package vn.khoidn.portal.interfaces.rollup.web;
