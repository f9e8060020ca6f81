-- 009: speaker names lose their honorifics and titles ('Sens. Rand Paul' -> 'Rand Paul',
-- the old name kept as an alias) and surnames are compared with one apostrophe
-- ("O'Neill", 'O’Neill'). Clearing the match keys makes the next write rename the
-- rows stored before, give them their keys again and join the records of one speaker
-- (bot/store/speaker_merge.py, _fill_match_keys).

UPDATE speakers SET match_key = NULL;
