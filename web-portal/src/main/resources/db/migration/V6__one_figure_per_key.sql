-- Every figure counted once: one row per (organization, period, indicator, sector cell).
-- A database from before this version may hold the same figure several times (an import run twice, a staff
-- back-load of a figure a form already held). Each such group is merged first, deterministically: the latest
-- write (updated_at, then id) is kept and every other row is deleted and recorded in figure_merge, which the
-- portal reports in its log when it applies this version. Then the schema enforces one row per key; the sector
-- cell is '-' for a total (sector NULL), since a unique key treats NULLs as distinct.
CREATE TABLE figure_merge (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  organization_id BIGINT        NOT NULL,
  period_code     VARCHAR(8)    NOT NULL,
  indicator_code  VARCHAR(40)   NOT NULL,
  sector          VARCHAR(16)   NULL,
  kept_id         BIGINT        NOT NULL,
  kept_value      DECIMAL(19,4) NOT NULL,
  dropped_id      BIGINT        NOT NULL,
  dropped_value   DECIMAL(19,4) NOT NULL,
  dropped_form_id BIGINT        NULL,
  dropped_by      VARCHAR(64)   NOT NULL,
  dropped_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id)
) ${table_options};

INSERT INTO figure_merge (organization_id, period_code, indicator_code, sector, kept_id, kept_value,
                          dropped_id, dropped_value, dropped_form_id, dropped_by, dropped_at)
SELECT d.organization_id, d.period_code, d.indicator_code, d.sector, k.id, k.numeric_value,
       d.id, d.numeric_value, d.form_id, d.updated_by, d.updated_at
FROM data_value d
JOIN data_value k
  ON k.organization_id = d.organization_id AND k.period_code = d.period_code
 AND k.indicator_code = d.indicator_code AND COALESCE(k.sector, '') = COALESCE(d.sector, '')
 AND k.id <> d.id
WHERE NOT EXISTS (
  SELECT 1 FROM data_value x
  WHERE x.organization_id = k.organization_id AND x.period_code = k.period_code
    AND x.indicator_code = k.indicator_code AND COALESCE(x.sector, '') = COALESCE(k.sector, '')
    AND (x.updated_at > k.updated_at OR (x.updated_at = k.updated_at AND x.id > k.id)));

DELETE FROM data_value WHERE id IN (SELECT dropped_id FROM figure_merge);

ALTER TABLE data_value ADD COLUMN sector_cell VARCHAR(16) GENERATED ALWAYS AS (COALESCE(sector, '-'));

CREATE UNIQUE INDEX uk_data_value_cell ON data_value (organization_id, period_code, indicator_code, sector_cell);

-- Every cached table of figures was read before the merge.
UPDATE figure_version SET stamp = stamp + 1;

-- A form keeps its first submission as well as its last: "on time" is judged by the first, so a
-- resubmission after a return does not change it after the fact.
ALTER TABLE report_form ADD COLUMN first_submitted_at DATETIME(6) NULL;
UPDATE report_form SET first_submitted_at = submitted_at;

-- An issued report keeps the figures it was issued from, with their SHA-256: "changed since issued"
-- compares them with today's figures and names each one that changed.
ALTER TABLE report ADD COLUMN issued_inputs ${long_text} NULL;
ALTER TABLE report ADD COLUMN issued_inputs_hash VARCHAR(64) NULL;
