-- Failed logins, counted per typed user name and per source address in one row each, by single UPDATE
-- statements (failures = failures + 1): parallel wrong guesses are all counted, none fails on an optimistic
-- lock. A name that belongs to nobody is counted the same way, so the answers never tell which names exist.
-- The old per-account counter in user_account is no longer read or written.
CREATE TABLE login_throttle (
  throttle_key  VARCHAR(300) NOT NULL,
  failures      INT          NOT NULL,
  last_failure  DATETIME(6)  NOT NULL,
  locked_until  DATETIME(6)  NULL,
  CONSTRAINT pk_login_throttle PRIMARY KEY (throttle_key)
) ${table_options};
