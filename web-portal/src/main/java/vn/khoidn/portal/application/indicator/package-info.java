/** The indicator catalogue as the installation keeps it. */
package vn.khoidn.portal.application.indicator;
