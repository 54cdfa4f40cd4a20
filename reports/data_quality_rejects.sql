-- Data quality sheet, rejected rows: every row of this clinic's exports that
-- could not be loaded (of any import, newest first), with the reason and the
-- record as it was read. Fix the export and import it again. Field names in
-- the reasons are written as words ("intake date", not intake_date).
-- The file comes first so that the long texts do not share the first
-- column, which the key figures above make wide.
-- Parameters: :clinic.
-- @sheet Data quality
-- @title Rejected rows: fix them in the export and import it again
-- @filter
-- @column File: wrap 30
-- @column Line: integer
-- @column Imported: date
-- @column Reason: wrap 30
-- @column Record as read: wrap 50
-- @empty No rejected rows for this clinic.
SELECT f.file AS "File",
       r.line AS "Line",
       f.imported_at AS "Imported",
       replace(r.reason, '_', ' ') AS "Reason",
       CAST(r.raw AS TEXT) AS "Record as read"
FROM import_reject AS r
JOIN import_file AS f USING (import_id)
WHERE r.clinic_id = :clinic
ORDER BY f.imported_at DESC, f.file, r.line;
