/** The party document format (house style) and the renderers that apply it. */
package vn.khoidn.reporting.document;
