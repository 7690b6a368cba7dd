-- A claim's check-worthiness reasons are stored as message keys with arguments and signed weights (ScoreReason),
-- so that every reader sees them in their language; that form needs more room than the English words did.
-- Reasons written before stay as they were and are shown as written.
alter table claim alter column reasons set data type varchar(1000);
