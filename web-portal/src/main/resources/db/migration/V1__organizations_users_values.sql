-- The organization tree, the users of the portal and the reported figures.
-- Lower-case names everywhere: MySQL/MariaDB table names are case-sensitive on Linux.
-- ${table_options} is "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ..." on MySQL and empty on the embedded H2.

CREATE TABLE organization (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  code           VARCHAR(40)  NOT NULL,
  name           VARCHAR(255) NOT NULL,
  kind           VARCHAR(32)  NOT NULL,
  sector         VARCHAR(16)  NOT NULL,
  parent_id      BIGINT       NULL,
  established_on DATE         NULL,
  dissolved_on   DATE         NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_organization_code UNIQUE (code),
  CONSTRAINT fk_organization_parent FOREIGN KEY (parent_id) REFERENCES organization (id)
) ${table_options};

CREATE INDEX ix_organization_parent ON organization (parent_id);

CREATE TABLE user_account (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  username        VARCHAR(64)  NOT NULL,
  display_name    VARCHAR(255) NOT NULL,
  password_hash   VARCHAR(512) NOT NULL,
  organization_id BIGINT       NOT NULL,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins   INT          NOT NULL DEFAULT 0,
  locked_until    DATETIME(6)  NULL,
  created_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_user_account_username UNIQUE (username),
  CONSTRAINT fk_user_account_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ${table_options};

CREATE TABLE user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ${table_options};

-- One reported figure: an organization's value of an indicator in a period, optionally for a named sector
-- (no sector: the sector of the organization's host unit).
CREATE TABLE data_value (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  organization_id BIGINT        NOT NULL,
  period_code     VARCHAR(8)    NOT NULL,
  indicator_code  VARCHAR(40)   NOT NULL,
  sector          VARCHAR(16)   NULL,
  numeric_value   DECIMAL(19,4) NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  updated_by      VARCHAR(64)   NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_data_value_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ${table_options};

CREATE INDEX ix_data_value_lookup ON data_value (organization_id, period_code, indicator_code);
