-- Rejected rows per imported file and reason, with the lines to look at (the header is line 1).
-- Run: crampwatch --db clinic.db query --file cookbook/08_rejects_per_file_and_reason.sql --format table
SELECT file, reason, count(*) AS rows, group_concat(line, ',') AS lines
FROM (SELECT file, reason, line FROM v_reject ORDER BY file, line)
GROUP BY file, reason
ORDER BY file, rows DESC, reason;
