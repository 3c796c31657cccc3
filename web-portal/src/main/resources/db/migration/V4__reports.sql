-- The official reports: the issuing body's settings, the sentence templates staff changed, the resolutions a report
-- can review, and each report with staff's narratives. An issued report keeps the files it was issued as; later
-- changes to the figures only ever make a new draft.

CREATE TABLE report_setting (
  setting_name  VARCHAR(40)   NOT NULL,
  setting_value VARCHAR(2000) NOT NULL,
  updated_by    VARCHAR(64)   NULL,
  updated_at    DATETIME(6)   NULL,
  PRIMARY KEY (setting_name)
) ${table_options};

CREATE TABLE sentence_template (
  template_key VARCHAR(60)   NOT NULL,
  text         VARCHAR(2000) NOT NULL,
  updated_by   VARCHAR(64)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (template_key)
) ${table_options};

CREATE TABLE resolution (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  resolution_number VARCHAR(40) NOT NULL,
  adopted_on   DATE         NOT NULL,
  title        VARCHAR(500) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_resolution_number UNIQUE (resolution_number)
) ${table_options};

CREATE TABLE report (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  organization_id   BIGINT       NOT NULL,
  period_code       VARCHAR(60)  NOT NULL,
  resolution_id     BIGINT       NULL,
  review_years      INT          NULL,
  status            VARCHAR(16)  NOT NULL,
  doc_number        VARCHAR(20)  NOT NULL,
  doc_date          DATE         NOT NULL,
  dissemination     ${long_text} NULL,
  youth             ${long_text} NULL,
  trade             ${long_text} NULL,
  strengths         ${long_text} NULL,
  limitations       ${long_text} NULL,
  causes            ${long_text} NULL,
  tasks             ${long_text} NULL,
  issued_at         DATETIME(6)  NULL,
  issued_by         VARCHAR(64)  NULL,
  issued_text       ${long_text} NULL,
  issued_docx       LONGBLOB     NULL,
  issued_pdf        LONGBLOB     NULL,
  issued_xlsx       LONGBLOB     NULL,
  updated_at        DATETIME(6)  NULL,
  updated_by        VARCHAR(64)  NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_report_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_report_resolution FOREIGN KEY (resolution_id) REFERENCES resolution (id)
) ${table_options};

CREATE INDEX ix_report_lookup ON report (organization_id, period_code, status);
