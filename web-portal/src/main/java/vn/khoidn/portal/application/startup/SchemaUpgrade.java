package vn.khoidn.portal.application.startup;

/** The port that brings the database's schema to the version this build needs. */
public interface SchemaUpgrade {

  /** Applies the migrations still missing; refuses to start on a schema newer than the build. */
  void migrate();
}
