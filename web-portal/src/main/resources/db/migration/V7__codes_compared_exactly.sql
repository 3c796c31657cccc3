-- Codes are compared exactly. The database's collation (utf8mb4_unicode_ci) compares names as people do, but it
-- also treats "CB-A" and "cb-a", or "Hòa" and "Hoa", as one value: a code that differs only in case or in a
-- tone would collide with another's unique key, or find the wrong row. The code columns and the resolution
-- number compare byte for byte (utf8mb4_bin); names keep the database's collation for sorting and search.
-- H2 compares strings exactly already: each statement below runs on MySQL/MariaDB only.
${mysql_only}ALTER TABLE organization MODIFY code VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
${mysql_only}ALTER TABLE host_unit MODIFY code VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
${mysql_only}ALTER TABLE resolution MODIFY resolution_number VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
