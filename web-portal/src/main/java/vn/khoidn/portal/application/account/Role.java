package vn.khoidn.portal.application.account;

/** What a user may do in the portal. The names are the Jakarta Security groups and roles. */
public enum Role {
  /** Manages users, organizations and the indicator catalogue. */
  ADMIN,
  /** Ban Tổ chức: opens rounds, sets plans, reviews submissions, drafts the report. */
  STAFF,
  /** Ban Thường vụ: sees everything, signs off reports. */
  STANDING_COMMITTEE,
  /** A grassroots organization's officer who enters and submits its figures. */
  REPORTER
}
