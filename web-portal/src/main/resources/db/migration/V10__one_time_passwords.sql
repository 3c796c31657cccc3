-- A password an administrator resets is a one-time password: shown once, and the user must choose a new one
-- at the next login before any other page (or the API) answers them.
ALTER TABLE user_account ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
