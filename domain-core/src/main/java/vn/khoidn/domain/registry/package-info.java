/** Host units (enterprises, credit institutions, associations, agencies) and their sectors. */
package vn.khoidn.domain.registry;
