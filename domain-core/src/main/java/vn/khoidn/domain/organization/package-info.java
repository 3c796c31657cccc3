/** The party organization tree: kinds of organization, their codes and their dated parent links. */
package vn.khoidn.domain.organization;
