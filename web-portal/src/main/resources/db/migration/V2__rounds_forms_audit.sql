-- The submission workflow: the dated tree's history, the indicator catalogue, plans, reporting rounds, the
-- forms organizations fill in, and the audit trail.

-- Parent links with their validity, so that moves are recorded rather than overwritten. organization.parent_id
-- keeps the current parent for fast subtree queries; every move updates both in one transaction.
CREATE TABLE organization_link (
  id          BIGINT NOT NULL AUTO_INCREMENT,
  child_id    BIGINT NOT NULL,
  parent_id   BIGINT NOT NULL,
  valid_from  DATE   NULL,
  valid_until DATE   NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_organization_link_child FOREIGN KEY (child_id) REFERENCES organization (id),
  CONSTRAINT fk_organization_link_parent FOREIGN KEY (parent_id) REFERENCES organization (id)
) ${table_options};

CREATE INDEX ix_organization_link_child ON organization_link (child_id, valid_from);
CREATE INDEX ix_organization_link_parent ON organization_link (parent_id, valid_from);

INSERT INTO organization_link (child_id, parent_id, valid_from)
SELECT id, parent_id, established_on FROM organization WHERE parent_id IS NOT NULL;

-- The indicator catalogue as data; the portal fills in domain-core's built-in catalogue at startup.
CREATE TABLE indicator (
  code       VARCHAR(40)  NOT NULL,
  label_vi   VARCHAR(255) NOT NULL,
  label_en   VARCHAR(255) NOT NULL,
  unit       VARCHAR(16)  NOT NULL,
  by_sector  BOOLEAN      NOT NULL,
  source     VARCHAR(16)  NOT NULL,
  sort_order INT          NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (code)
) ${table_options};

-- Targets per organization, indicator and period.
CREATE TABLE plan_target (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  organization_id BIGINT      NOT NULL,
  indicator_code  VARCHAR(40) NOT NULL,
  period_code     VARCHAR(8)  NOT NULL,
  target          BIGINT      NOT NULL,
  version         BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_plan_target UNIQUE (organization_id, indicator_code, period_code),
  CONSTRAINT fk_plan_target_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ${table_options};

INSERT INTO plan_target (organization_id, indicator_code, period_code, target)
SELECT organization_id, 'NEW_MEMBERS', period_code, ROUND(numeric_value, 0)
FROM data_value WHERE indicator_code = 'NEW_MEMBERS_PLAN' AND sector IS NULL;

DELETE FROM data_value WHERE indicator_code = 'NEW_MEMBERS_PLAN';

-- A reporting round: a period, the indicators on its form, a deadline; one form per expected organization.
CREATE TABLE reporting_round (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  period_code VARCHAR(8)   NOT NULL,
  title       VARCHAR(255) NOT NULL,
  deadline    DATE         NOT NULL,
  opened_by   VARCHAR(64)  NOT NULL,
  opened_at   DATETIME(6)  NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ${table_options};

CREATE TABLE round_indicator (
  round_id       BIGINT      NOT NULL,
  indicator_code VARCHAR(40) NOT NULL,
  position       INT         NOT NULL,
  PRIMARY KEY (round_id, indicator_code),
  CONSTRAINT fk_round_indicator_round FOREIGN KEY (round_id) REFERENCES reporting_round (id)
) ${table_options};

CREATE TABLE report_form (
  id                     BIGINT      NOT NULL AUTO_INCREMENT,
  round_id               BIGINT      NOT NULL,
  organization_id        BIGINT      NOT NULL,
  status                 VARCHAR(16) NOT NULL,
  results_text           ${long_text} NULL,
  difficulties_text      ${long_text} NULL,
  proposals_text         ${long_text} NULL,
  return_comment         ${long_text} NULL,
  submitted_at           DATETIME(6) NULL,
  accepted_at            DATETIME(6) NULL,
  accepted_by            VARCHAR(64) NULL,
  deadline_exception     DATE        NULL,
  changes_since_accepted INT         NOT NULL DEFAULT 0,
  updated_at             DATETIME(6) NULL,
  updated_by             VARCHAR(64) NULL,
  version                BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_report_form UNIQUE (round_id, organization_id),
  CONSTRAINT fk_report_form_round FOREIGN KEY (round_id) REFERENCES reporting_round (id),
  CONSTRAINT fk_report_form_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ${table_options};

CREATE INDEX ix_report_form_organization ON report_form (organization_id, status);

-- A figure belongs to a form (or, when imported as history, to none); its warning's explanation stays with it.
ALTER TABLE data_value ADD COLUMN form_id BIGINT NULL;
ALTER TABLE data_value ADD COLUMN explanation VARCHAR(500) NULL;
ALTER TABLE data_value ADD CONSTRAINT fk_data_value_form FOREIGN KEY (form_id) REFERENCES report_form (id);
CREATE INDEX ix_data_value_form ON data_value (form_id, indicator_code);

-- Every change of a value or a status: who, when, old, new.
CREATE TABLE audit_entry (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  changed_at      DATETIME(6)  NOT NULL,
  actor           VARCHAR(64)  NOT NULL,
  form_id         BIGINT       NULL,
  organization_id BIGINT       NULL,
  subject         VARCHAR(80)  NOT NULL,
  old_value       VARCHAR(1000) NULL,
  new_value       VARCHAR(1000) NULL,
  PRIMARY KEY (id)
) ${table_options};

CREATE INDEX ix_audit_entry_form ON audit_entry (form_id, subject, changed_at);
