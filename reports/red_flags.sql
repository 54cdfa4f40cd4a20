-- Red flags sheet: cramp complaints with a red flag, most urgent first, then
-- newest: what a clinician should look at first. Each complaint takes the
-- urgency of its most urgent flag (red_flag_urgency: 1 = same day); the
-- suggested actions are those of its flags, most urgent first, each with the
-- guideline it follows. Days since intake count to :today, the day the
-- workbook is written. Evidence lists the red flags' words only (always from
-- the complaint: the classifier takes red flags from nowhere else).
-- Finds the complaints in v_intake (in a report, the small copy of the clinic's
-- period: see reports/README.md; few of its rows have a red flag), then reads each one's
-- text and tags from the tables behind v_intake and v_tag, as complaints.sql does.
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included), :today.
-- @sheet Red flags
-- @title Red flags: complaints that may not be a simple cramp, most urgent first
-- @filter
-- @column Urgency: wrap 9
-- @column Red flags: wrap 12
-- @column Suggested action: wrap 32
-- @column Days since intake: integer 7
-- @column Date: date
-- @column Age: integer
-- @column Complaint: wrap 25
-- @column Evidence: wrap 22
-- @highlight Urgency: red = Same day
-- @empty No red flags in this period.
WITH flagged AS MATERIALIZED (
  SELECT clinic_id, intake_id, intake_date, patient_id, age, sex, red_flags
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
    AND is_cramp = 1
    AND red_flags <> ''
),
-- A set's flags with their urgency, most urgent first (then in report order).
set_flag AS MATERIALIZED (
  SELECT s.red_flags, l.label, l.position, u.urgency, u.timing, u.action, u.source
  FROM (SELECT DISTINCT red_flags FROM flagged) AS s
  JOIN code_label AS l ON l.kind = 'red_flag' AND instr(',' || s.red_flags || ',', ',' || l.code || ',') > 0
  JOIN red_flag_urgency AS u ON u.kind = l.kind AND u.code = l.code
),
flag_sets AS MATERIALIZED (
  SELECT red_flags,
         min(urgency) AS urgency,
         (SELECT f.timing FROM set_flag AS f WHERE f.red_flags = g.red_flags
          ORDER BY f.urgency, f.position LIMIT 1) AS timing,
         (SELECT group_concat(label, ', ') FROM (
            SELECT f.label FROM set_flag AS f WHERE f.red_flags = g.red_flags
            ORDER BY f.urgency, f.position)) AS names,
         -- With several flags, each action says which flag it is for.
         (SELECT group_concat(line, char(10)) FROM (
            SELECT CASE WHEN count(*) OVER () > 1 THEN f.label || ': ' ELSE '' END ||
                   f.action || ' (' || f.source || ')' AS line
            FROM set_flag AS f WHERE f.red_flags = g.red_flags
            ORDER BY f.urgency, f.position)) AS actions
  FROM set_flag AS g
  GROUP BY red_flags
)
SELECT s.timing AS "Urgency",
       s.names AS "Red flags",
       s.actions AS "Suggested action",
       CAST(julianday(:today) - julianday(substr(v.intake_date, 1, 10)) AS INTEGER) AS "Days since intake",
       v.intake_date AS "Date",
       v.intake_id AS "Intake",
       v.patient_id AS "Patient",
       v.age AS "Age",
       v.sex AS "Sex",
       i.complaint AS "Complaint",
       -- A tag is [kind, code, certainty, field, start, end, rule_id] (schema/004).
       (SELECT group_concat(coalesce(l.label, t.value ->> 1) ||
                            CASE t.value ->> 2 WHEN 'possible' THEN ' (possible)' ELSE '' END || ': "' ||
                            CAST(substr(CAST(i.complaint AS BLOB),
                                        (t.value ->> 4) + 1, (t.value ->> 5) - (t.value ->> 4)) AS TEXT) ||
                            '"', char(10))
        FROM json_each(c.tags) AS t
        LEFT JOIN code_label AS l ON l.kind = 'red_flag' AND l.code = t.value ->> 1
        WHERE t.value ->> 0 = 'red_flag' AND t.value ->> 3 = 'complaint') AS "Evidence"
FROM flagged AS v
JOIN flag_sets AS s USING (red_flags)
JOIN intake AS i ON i.clinic_id = v.clinic_id AND i.intake_id = v.intake_id
JOIN classification AS c ON c.intake_key = i.intake_key AND c.revision = i.revision
ORDER BY s.urgency, v.intake_date DESC, v.intake_id DESC;
