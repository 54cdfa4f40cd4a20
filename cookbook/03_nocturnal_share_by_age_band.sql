-- Share of cramp complaints that happen at night, by age band (age unknown counted apart).
-- Run: crampwatch --db clinic.db query --file cookbook/03_nocturnal_share_by_age_band.sql --format table
WITH banded AS (
  SELECT nocturnal,
         CASE WHEN age IS NULL THEN 'unknown'
              WHEN age < 20 THEN '0-19'
              WHEN age < 45 THEN '20-44'
              WHEN age < 65 THEN '45-64'
              ELSE '65+' END AS age_band
  FROM v_intake
  WHERE is_cramp = 1)
SELECT age_band,
       count(*) AS cramp_complaints,
       sum(nocturnal) AS nocturnal,
       round(100.0 * sum(nocturnal) / count(*), 1) AS nocturnal_percent
FROM banded
GROUP BY age_band
ORDER BY age_band = 'unknown', age_band;
