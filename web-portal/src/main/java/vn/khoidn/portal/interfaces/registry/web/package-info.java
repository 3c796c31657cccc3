/** The registry page: host units, the development pipeline, and staff's edits. */
package vn.khoidn.portal.interfaces.registry.web;
