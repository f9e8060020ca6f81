-- 003: one number every write that may change speakers or sources adds 1 to
-- (bot/store/postgres/connection.py), so each process (every replica of the bot) knows
-- when its cached speaker list and outlet names are stale and reads them again.

CREATE TABLE store_version (
    id      integer PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);
INSERT INTO store_version VALUES (1, 0);
