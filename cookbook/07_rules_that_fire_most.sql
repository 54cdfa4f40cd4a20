-- Which rules fire most (across every current classification), and how often a context word made their tag only possible.
-- Run: crampwatch --db clinic.db query --file cookbook/07_rules_that_fire_most.sql --format table
-- v_tag.rule is the rule that fired, then "; " and the context trigger when one decided: grouped by the rule alone.
WITH fired AS (
  SELECT kind, code, certainty,
         CASE WHEN instr(rule, '; ') > 0 THEN substr(rule, 1, instr(rule, '; ') - 1) ELSE rule END AS rule
  FROM v_tag)
SELECT rule, kind, code,
       count(*) AS tags,
       count(*) FILTER (WHERE certainty = 'possible') AS possible
FROM fired
GROUP BY rule, kind, code
ORDER BY tags DESC, rule
LIMIT 30;
