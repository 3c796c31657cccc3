-- The issuing body's settings belong to the organization that issues the report: a grassroots committee's report
-- is headed by its own name under its parent's, not by the bloc's. The settings of an installation so far were
-- the top organization's (the bloc's), so they become the settings of each organization at the top of the tree;
-- every other organization starts from its names until staff save its settings.
CREATE TABLE report_setting_by_organization (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  organization_id BIGINT        NOT NULL,
  setting_name    VARCHAR(40)   NOT NULL,
  setting_value   VARCHAR(2000) NOT NULL,
  updated_by      VARCHAR(64)   NULL,
  updated_at      DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_report_setting_organization_name UNIQUE (organization_id, setting_name),
  CONSTRAINT fk_report_setting_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ${table_options};

INSERT INTO report_setting_by_organization
  (organization_id, setting_name, setting_value, updated_by, updated_at)
SELECT o.id, s.setting_name, s.setting_value, s.updated_by, s.updated_at
FROM report_setting s, organization o
WHERE o.parent_id IS NULL;

DROP TABLE report_setting;

ALTER TABLE report_setting_by_organization RENAME TO report_setting;
