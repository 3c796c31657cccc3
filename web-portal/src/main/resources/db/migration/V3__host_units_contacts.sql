-- The registry of host units (enterprises, credit institutions, associations, agencies), with or without a party
-- organization, their member counts and their youth-union and trade-union chapters; the contact of each user, so
-- that completeness can say whom to call.

CREATE TABLE host_unit (
  id                         BIGINT       NOT NULL AUTO_INCREMENT,
  code                       VARCHAR(40)  NOT NULL,
  name                       VARCHAR(255) NOT NULL,
  legal_form                 VARCHAR(32)  NOT NULL,
  sector                     VARCHAR(16)  NOT NULL,
  tax_code                   VARCHAR(14)  NULL,
  district                   VARCHAR(100) NULL,
  employees                  INT          NOT NULL DEFAULT 0,
  official_party_members     INT          NOT NULL DEFAULT 0,
  probationary_party_members INT          NOT NULL DEFAULT 0,
  youth_union_members        INT          NOT NULL DEFAULT 0,
  trade_union_members        INT          NOT NULL DEFAULT 0,
  owner_party_member         BOOLEAN      NOT NULL DEFAULT FALSE,
  youth_union_established    DATE         NULL,
  trade_union_established    DATE         NULL,
  updated_at                 DATETIME(6)  NULL,
  updated_by                 VARCHAR(64)  NULL,
  version                    BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_host_unit_code UNIQUE (code)
) ${table_options};

CREATE INDEX ix_host_unit_district ON host_unit (district, sector);

ALTER TABLE organization ADD COLUMN host_unit_id BIGINT NULL;
ALTER TABLE organization ADD CONSTRAINT fk_organization_host_unit FOREIGN KEY (host_unit_id) REFERENCES host_unit (id);

ALTER TABLE user_account ADD COLUMN email VARCHAR(255) NULL;
ALTER TABLE user_account ADD COLUMN phone VARCHAR(32) NULL;

-- Roll-ups read one period's figures at a time.
CREATE INDEX ix_data_value_period ON data_value (period_code, indicator_code);
