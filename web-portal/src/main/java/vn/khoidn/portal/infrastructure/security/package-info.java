/** Login: the form mechanism, the identity store over the user table, and password hashing. */
package vn.khoidn.portal.infrastructure.security;
