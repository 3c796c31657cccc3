-- The version of each period's figures: a fresh random number every time a figure of that period that a
-- roll-up could count changes (a form submitted, returned, accepted or corrected; a back-load). Roll-ups
-- cache a period's figures under this number, so any node of the cluster sees a change at once.
CREATE TABLE figure_version (
  period_code  VARCHAR(8)  NOT NULL,
  stamp        BIGINT      NOT NULL,
  CONSTRAINT pk_figure_version PRIMARY KEY (period_code)
);

-- Everything a roll-up reads of a figure, in one index: reading a national quarter (half a million
-- figures) walks this index alone instead of looking up each row in the table.
CREATE INDEX ix_data_value_rollup ON data_value (period_code, indicator_code, form_id, organization_id, sector, numeric_value);
