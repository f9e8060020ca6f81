-- 008: what speaker records are compared on besides the name key, so the records of
-- one speaker can be joined (bot/store/speaker_merge.py): 's:<surname>' for a person
-- ('s:de blasio'), 'i:<letters>' for an acronym or an organisation's initials
-- ('i:imf'), '' for neither (bot.extraction.same_speaker.match_key). NULL until the
-- next write fills it from Python (rows stored before this migration, imported rows).

ALTER TABLE speakers ADD COLUMN match_key TEXT;
CREATE INDEX speakers_match_key ON speakers (match_key);
