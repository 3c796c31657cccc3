/** Load tools run by hand against a running portal; their numbers go to docs/performance.md. */
package vn.khoidn.portal.load;
