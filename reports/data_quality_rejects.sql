-- Data quality sheet, rejected rows: every row of this clinic's exports that
-- could not be loaded (of any import, newest first), with the reason and the
-- record as it was read. Fix the export and import it again.
-- Parameters: :clinic.
-- @sheet Data quality
-- @title Rejected rows
-- @filter
-- @column Imported: date
-- @column Line: integer
-- @column Record as read: wrap 80
-- @empty No rejected rows for this clinic.
SELECT f.imported_at AS "Imported",
       f.file AS "File",
       r.line AS "Line",
       r.reason AS "Reason",
       CAST(r.raw AS TEXT) AS "Record as read"
FROM import_reject AS r
JOIN import_file AS f USING (import_id)
WHERE r.clinic_id = :clinic
ORDER BY f.imported_at DESC, f.file, r.line;
