-- The rest of the tree's history, so that a roll-up of a past period names and groups organizations as they
-- stood then: renames from a day on (organization.name keeps the latest name, previous_name the one before),
-- and the successors of a dissolved organization (one for a merger, several for a split).
CREATE TABLE organization_name (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organization_id BIGINT       NOT NULL,
  valid_from      DATE         NOT NULL,
  name            VARCHAR(255) NOT NULL,
  previous_name   VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_organization_name_org FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT uk_organization_name_day UNIQUE (organization_id, valid_from)
) ${table_options};

CREATE TABLE organization_successor (
  predecessor_id BIGINT NOT NULL,
  successor_id   BIGINT NOT NULL,
  succeeded_on   DATE   NOT NULL,
  CONSTRAINT pk_organization_successor PRIMARY KEY (predecessor_id, successor_id),
  CONSTRAINT fk_organization_successor_from FOREIGN KEY (predecessor_id) REFERENCES organization (id),
  CONSTRAINT fk_organization_successor_to FOREIGN KEY (successor_id) REFERENCES organization (id)
) ${table_options};

CREATE INDEX ix_organization_successor_to ON organization_successor (successor_id);
