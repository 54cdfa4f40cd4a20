-- overview.xlsx: one row per clinic with intakes, figures for the period.
-- Colour marks only the cells that need a person: complaints with a red flag
-- (red), and rejected rows waiting to be fixed in an export (amber). "Latest
-- intake" shows a clinic whose exports stopped.
-- Parameters: :from, :to (YYYY-MM-DD, both days included).
-- @sheet Overview
-- @title Cramp complaints by clinic
-- @filter
-- @column Name: wrap 24
-- @column Intakes: integer 8
-- @column Cramp complaints: integer 10
-- @column Share of intakes: percent 9
-- @column At night: percent 9
-- @column With a red flag: integer 8
-- @column Unexplained: percent 10
-- @column Calcium-risk patients: integer 11
-- @column Rejected rows: integer 9
-- @column Latest intake: date 12
-- @highlight With a red flag: red
-- @highlight Rejected rows: amber
-- @chart column: Clinic -> Cramp complaints
-- @empty No clinic has intakes.
WITH RECURSIVE clinic(clinic_id) AS (
  -- Each distinct clinic_id through the index: one step per clinic, not per row.
  SELECT min(clinic_id) FROM intake
  UNION ALL
  SELECT (SELECT min(i.clinic_id) FROM intake AS i WHERE i.clinic_id > c.clinic_id)
  FROM clinic AS c WHERE c.clinic_id IS NOT NULL
),
-- Each clinic's period found through the index on (clinic_id, intake_date): the
-- cost follows the period's records, not the database's years. The records are
-- then read in key order, all clinics in one pass: read clinic by clinic, a
-- page that holds records of many clinics (an export of them all, imported in
-- one go) was read once per clinic. Classification columns are NULL for a
-- record not classified yet, as in v_intake.
per_clinic AS (
  SELECT i.clinic_id,
         count(*) AS intakes,
         coalesce(sum(c.is_cramp = 1), 0) AS cramps,
         sum(CASE WHEN c.is_cramp = 1 THEN c.nocturnal END) AS at_night,
         sum(c.is_cramp = 1 AND c.red_flags <> '') AS red_flagged,
         sum(c.is_cramp = 1 AND c.causes = '') AS unexplained,
         count(DISTINCT CASE WHEN c.is_cramp = 1 AND c.calcium_risk IS NOT NULL THEN i.patient_id END)
           AS calcium_patients
  FROM intake AS i
  LEFT JOIN classification AS c ON c.intake_key = i.intake_key AND c.revision = i.revision
  WHERE i.intake_key IN (SELECT p.intake_key FROM clinic AS k
                         JOIN intake AS p ON p.clinic_id = k.clinic_id
                         WHERE p.intake_date >= :from AND p.intake_date < date(:to, '+1 day'))
  GROUP BY i.clinic_id
)
SELECT c.clinic_id AS "Clinic",
       (SELECT i.clinic_name FROM intake AS i WHERE i.clinic_id = c.clinic_id
          AND i.clinic_name IS NOT NULL ORDER BY i.intake_date DESC LIMIT 1) AS "Name",
       coalesce(p.intakes, 0) AS "Intakes",
       coalesce(p.cramps, 0) AS "Cramp complaints",
       CAST(p.cramps AS REAL) / nullif(p.intakes, 0) AS "Share of intakes",
       CAST(p.at_night AS REAL) / nullif(p.cramps, 0) AS "At night",
       coalesce(p.red_flagged, 0) AS "With a red flag",
       CAST(p.unexplained AS REAL) / nullif(p.cramps, 0) AS "Unexplained",
       coalesce(p.calcium_patients, 0) AS "Calcium-risk patients",
       (SELECT count(*) FROM import_reject AS r WHERE r.clinic_id = c.clinic_id) AS "Rejected rows",
       -- Through the index: one step per clinic, whatever the years held.
       (SELECT max(i.intake_date) FROM intake AS i WHERE i.clinic_id = c.clinic_id) AS "Latest intake"
FROM clinic AS c
LEFT JOIN per_clinic AS p USING (clinic_id)
WHERE c.clinic_id IS NOT NULL
ORDER BY c.clinic_id;
