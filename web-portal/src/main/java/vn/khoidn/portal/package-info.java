/** The web portal: Faces pages, REST API and persistence over the domain. */
package vn.khoidn.portal;
