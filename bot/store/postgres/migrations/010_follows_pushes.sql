-- 010: follows and the push outbox (issue 14), as in SQLite's 010, column for column.
--
-- follows: what a chat follows: a speaker (speaker_id, with the name shown when it was
-- set), a topic (the words as the user wrote them), or a speaker on a topic. follow_key
-- is the speaker id and the topic's lookup key, so one chat follows one thing once.
-- speaker_id is not a foreign key: a follow outlives the speaker row it names (a merge
-- or /forget of the speaker's last article leaves it waiting rather than silently gone).
--
-- pushes: one row per chat and article, written by whichever process stores the article
-- (CLI, /load, a queue worker) and delivered by the running bot, which claims due rows
-- (status 'sending' with a lease in due_at), sends and marks them 'sent'. UNIQUE
-- (chat_id, article_id) is what makes an article pushed to a chat at most once, across
-- reloads, restarts and replicas.

CREATE TABLE follows (
    id           bigint  PRIMARY KEY,
    chat_id      bigint  NOT NULL,
    speaker_id   bigint,                      -- NULL: any speaker (a topic alone)
    speaker_name TEXT,                        -- as shown when the follow was set
    topic        TEXT,                        -- NULL: any topic
    follow_key   TEXT    NOT NULL,            -- '<speaker id or ->|<topic lookup key>'
    created_at   TEXT    NOT NULL,            -- ISO datetime, UTC
    UNIQUE (chat_id, follow_key)
);
CREATE INDEX follows_speaker ON follows (speaker_id);

CREATE TABLE pushes (
    id            bigint  PRIMARY KEY,
    chat_id       bigint  NOT NULL,
    article_id    bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    statement_ids TEXT    NOT NULL,           -- JSON list, in article order
    status        TEXT    NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'dropped')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    due_at        TEXT    NOT NULL,           -- ISO datetime, UTC: next try, or lease end
    created_at    TEXT    NOT NULL,
    sent_at       TEXT,
    UNIQUE (chat_id, article_id)
);
CREATE INDEX pushes_due ON pushes (status, due_at);
CREATE INDEX pushes_article ON pushes (article_id);
