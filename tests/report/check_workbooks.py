#!/usr/bin/python3
"""Reads the workbooks of `crampwatch report` back with openpyxl (Debian's
python3-openpyxl) and checks them against the database they were made from,
as a clinician would find them: plain words, red flags by urgency, printed
pages that carry their header and footer and fit the paper.

    /usr/bin/python3 tests/report/check_workbooks.py REPORT_DIR DATABASE

Exits 0 when every check passes; otherwise prints each failure and exits 1.
"""
import datetime
import glob
import os
import re
import sqlite3
import stat
import sys
import zipfile

import openpyxl

CLINIC_SHEETS = ["Summary", "Complaints", "Red flags", "Calcium follow-up", "Trend", "Data quality"]
COMPLAINTS_HEADER = ["Date", "Intake", "Patient", "Age", "Sex", "Night", "Site", "Causes",
                     "Red flags", "Calcium risk", "Complaint", "Evidence"]
RED_FLAGS_HEADER = ["Urgency", "Red flags", "Suggested action", "Days since intake", "Date", "Intake",
                    "Patient", "Age", "Sex", "Complaint", "Evidence"]
PERIOD_LINE = re.compile(r"^Period (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d) \(both days included\)"
                         r"(: the 12 calendar months up to the latest intake date)?; "
                         r"data through (\d{4}-\d\d-\d\d)\.$")
# Letter landscape (the narrower of Letter and A4) less the 0.4 in side
# margins, in pixels at 96 dpi; a column of width w takes 7w + 5 pixels in
# Excel's default font. LibreOffice without Calibri or Carlito falls back to
# DejaVu Sans, wider: it printed the sample workbooks at 0.88 of this
# estimate, so 0.80 here keeps them at about 70% there (docs/workbooks.md).
PRINTABLE_PIXELS = (11 - 0.8) * 96
MIN_ESTIMATED_SCALE = 0.80
# As src/report/wrapped_lines.h: characters per unit of width, points per line.
CHARACTERS_PER_UNIT = 1.2
POINTS_PER_LINE = 15
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def header(sheet, row=4):
    return [cell.value for cell in sheet[row] if cell.value is not None]


def data_rows(sheet, first=5):
    """Rows from `first` down to the first without a value in column A."""
    row = first
    while sheet.cell(row, 1).value is not None:
        row += 1
    return row - first


def charts_of(path):
    with zipfile.ZipFile(path) as archive:
        return sorted(name for name in archive.namelist() if re.match(r"xl/charts/chart\d+\.xml$", name))


def read_part(path, name):
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def wrapped_lines(text, width):
    """src/report/wrapped_lines.cpp, the same estimate."""
    capacity = max(1, int(width * CHARACTERS_PER_UNIT) - 1)
    lines = 0
    for paragraph in str(text).split("\n"):
        lines += 1
        used = 0
        for word in paragraph.split(" "):
            if not word:
                continue
            if used and used + 1 + len(word) <= capacity:
                used += 1 + len(word)
            else:
                if used:
                    lines += 1
                lines += (len(word) - 1) // capacity
                used = (len(word) - 1) % capacity + 1
    return max(lines, 1)


def check_page(book_name, sheet, subject):
    where = f"{book_name}/{sheet.title}"
    check(sheet.page_setup.orientation == "landscape", f"{where}: not landscape")
    check(bool(sheet.sheet_properties.pageSetUpPr.fitToPage) and sheet.page_setup.fitToHeight == 0,
          f"{where}: not fitted to one page wide")
    head, foot = sheet.oddHeader, sheet.oddFooter
    check(subject in (head.left.text or ""), f"{where}: header names {head.left.text!r}, not {subject}")
    check(head.center.text == "&A", f"{where}: header centre {head.center.text!r}")
    check("contains patient data" in (head.right.text or "").lower(), f"{where}: no confidentiality line")
    check(re.match(r"^Period \S+ to \S+; (data through \S+|no intakes yet)$", foot.left.text or ""),
          f"{where}: footer {foot.left.text!r}")
    check(foot.center.text == "Page &P of &N", f"{where}: footer centre {foot.center.text!r}")
    check(foot.right.text == "Printed &D", f"{where}: footer right {foot.right.text!r}")
    # One page wide at a legible scale: the columns (and a chart beside a
    # table) fit the printable width at no less than MIN_ESTIMATED_SCALE.
    pixels = sum(7 * (sheet.column_dimensions[openpyxl.utils.get_column_letter(col)].width or 8.43) + 5
                 for col in range(1, sheet.max_column + 1))
    for chart in sheet._charts:
        anchor = chart.anchor._from
        if anchor.col >= sheet.max_column - 1:  # beside the table: it widens the page
            pixels += 480 * 1.2
    check(PRINTABLE_PIXELS / pixels >= MIN_ESTIMATED_SCALE,
          f"{where}: {pixels:.0f} px wide, print scale {PRINTABLE_PIXELS / pixels:.2f}")


def check_no_codes(book, name, codes):
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                check(cell.data_type != "f", f"{name}/{sheet.title}!{cell.coordinate}: a formula")
                if not isinstance(cell.value, str):
                    continue
                for code in codes:
                    found = code in cell.value if "_" in code else cell.value == code
                    check(not found, f"{name}/{sheet.title}!{cell.coordinate}: code {code} in {cell.value!r}")


def check_row_heights(name, sheet, wrapped_columns, first_row, rows):
    """A row whose wrapped text needs more than a line is that many lines tall."""
    widths = {col: sheet.column_dimensions[openpyxl.utils.get_column_letter(col)].width for col in wrapped_columns}
    tall = 0
    for row in range(first_row, first_row + rows):
        lines = max(wrapped_lines(sheet.cell(row, col).value or "", int(widths[col])) for col in wrapped_columns)
        height = sheet.row_dimensions[row].height
        if lines > 1:
            tall += 1
            check(height is not None and height >= lines * POINTS_PER_LINE,
                  f"{name}/{sheet.title}: row {row} needs {lines} lines, is {height} pt tall")
        for col in wrapped_columns:
            cell = sheet.cell(row, col)
            check(cell.value is None or cell.alignment.wrap_text, f"{name}/{sheet.title}!{cell.coordinate} not wrapped")
    return tall


def check_clinic(path, database, codes, urgency_of):
    name = os.path.basename(path)
    book = openpyxl.load_workbook(path)
    check(book.sheetnames == CLINIC_SHEETS, f"{name}: sheets {book.sheetnames}")
    summary = book["Summary"]
    clinic_id = summary["A1"].value.split(" \u2014 ")[1].split(" ")[0]
    period = PERIOD_LINE.match(summary["A2"].value)
    check(period is not None, f"{name}: period line {summary['A2'].value!r}")
    first, last, through = period.group(1), period.group(2), period.group(4)
    for sheet in book.worksheets:
        check(sheet["A1"].value.split(" \u2014 ")[1].startswith(clinic_id), f"{name}/{sheet.title}: title")
        check(sheet["A2"].value == summary["A2"].value, f"{name}/{sheet.title}: period line differs")
        check_page(name, sheet, clinic_id)
    check_no_codes(book, name, codes)

    in_period = ("FROM v_intake WHERE clinic_id = ? AND intake_date >= ? AND intake_date < date(?, '+1 day') "
                 "AND is_cramp = 1")
    args = (clinic_id, first, last)
    complaints = book["Complaints"]
    expected = database.execute("SELECT count(*) " + in_period, args).fetchone()[0]
    if expected == 0:
        check(complaints["A4"].value == "No cramp complaints in this period.", f"{name}: empty Complaints")
    else:
        check(header(complaints) == COMPLAINTS_HEADER, f"{name}: Complaints header {header(complaints)}")
        check(data_rows(complaints) == expected,
              f"{name}: {data_rows(complaints)} complaint rows, v_intake has {expected}")
        check(complaints.freeze_panes == "A5", f"{name}: frozen pane {complaints.freeze_panes}")
        check(complaints.auto_filter.ref == f"A4:L{4 + expected}", f"{name}: autofilter {complaints.auto_filter.ref}")
        check(complaints.print_title_rows == "$4:$4", f"{name}: print titles {complaints.print_title_rows}")
        for row in range(5, 5 + expected):
            date = complaints.cell(row, 1)
            check(isinstance(date.value, datetime.datetime) and date.number_format == "yyyy-mm-dd",
                  f"{name}: Complaints!A{row} is not a real date ({date.value!r}, {date.number_format})")
            text = complaints.cell(row, 11)
            check(text.data_type == "s" and isinstance(text.value, str), f"{name}: Complaints!K{row} not text")
        tall = check_row_heights(name, complaints, [7, 8, 9, 10, 11, 12], 5, expected)
        check(tall > 0, f"{name}: no complaint row taller than a line")
        # Colour marks the red-flag cell only, never whole rows.
        ranges = [str(rule.sqref) for rule in complaints.conditional_formatting]
        check(ranges == [f"I5:I{4 + expected}"], f"{name}: Complaints highlights {ranges}")

    red = book["Red flags"]
    expected_red = database.execute("SELECT count(*) " + in_period + " AND red_flags <> ''", args).fetchone()[0]
    if expected_red:
        check(header(red) == RED_FLAGS_HEADER, f"{name}: Red flags header {header(red)}")
        check(data_rows(red) == expected_red, f"{name}: {data_rows(red)} red-flag rows, v_intake has {expected_red}")
        # Most urgent first, then newest.
        keys = [(urgency_of[red.cell(row, 1).value], -red.cell(row, 5).value.toordinal())
                for row in range(5, 5 + expected_red)]
        check(keys == sorted(keys), f"{name}: red flags not by urgency then date: {keys}")
        # Days since intake count to the day the note below the table names.
        notes = [red.cell(row, 1).value for row in range(5 + expected_red, red.max_row + 1)]
        today = [re.search(r"count to (\d{4}-\d\d-\d\d)", note or "") for note in notes]
        today = [match.group(1) for match in today if match]
        check(len(today) == 1, f"{name}: Red flags note {notes}")
        written = datetime.date.fromisoformat(today[0] if today else through)
        for row in range(5, 5 + expected_red):
            days = red.cell(row, 4).value
            check(days == (written - red.cell(row, 5).value.date()).days,
                  f"{name}: Red flags!D{row} days since intake {days!r}")
            check("NICE CKS" in red.cell(row, 3).value, f"{name}: Red flags!C{row} names no guideline")
        check_row_heights(name, red, [1, 2, 3, 10, 11], 5, expected_red)
    calcium = book["Calcium follow-up"]
    expected_patients = database.execute(
        "SELECT count(DISTINCT patient_id) " + in_period + " AND calcium_risk IS NOT NULL", args).fetchone()[0]
    if expected_patients:
        check(data_rows(calcium) == expected_patients,
              f"{name}: {data_rows(calcium)} calcium rows, v_intake has {expected_patients} patients")
        findings = {calcium.cell(row, 9).value for row in range(5, 5 + expected_patients)}
        check(findings <= {"May not be calcium", "No other cause found"},
              f"{name}: calcium findings {findings}")
        check(not calcium.conditional_formatting, f"{name}: calcium rows coloured")
    trend = book["Trend"]
    check(header(trend)[:3] == ["Month", "Note", "All cramp complaints"], f"{name}: Trend header {header(trend)[:3]}")
    months = data_rows(trend)
    check(sum(trend.cell(row, 3).value for row in range(5, 5 + months)) == expected,
          f"{name}: Trend does not add up to the complaints")
    last_month = trend.cell(4 + months, 1).value
    check(last_month.strftime("%Y-%m") == through[:7], f"{name}: Trend ends {last_month}, data through {through}")
    charts = charts_of(path)
    check(len(charts) == 2, f"{name}: charts {charts} (Summary and Trend)")
    trend_chart = read_part(path, charts[-1])
    check('<c:numFmt formatCode="mmm yyyy" sourceLinked="0"/>' in trend_chart, f"{name}: trend axis not mmm yyyy")
    check(1 <= trend_chart.count("<c:ser>") <= 6, f"{name}: {trend_chart.count('<c:ser>')} trend lines")
    check(book.properties.title.startswith("Leg cramp complaints: " + clinic_id), f"{name}: document title")
    check("rules version" in (book.properties.description or ""), f"{name}: no rules version in properties")
    return clinic_id


def main():
    report_dir, database_path = sys.argv[1], sys.argv[2]
    database = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
    clinics = [row[0] for row in database.execute("SELECT DISTINCT clinic_id FROM v_intake ORDER BY 1")]
    codes = [row[0] for row in database.execute("SELECT code FROM code_label")]
    urgency_of = dict(database.execute("SELECT timing, min(urgency) FROM red_flag_urgency GROUP BY timing"))
    workbooks = sorted(glob.glob(os.path.join(report_dir, "*.xlsx")))
    check(len(workbooks) == len(clinics) + 1, f"{len(workbooks)} workbooks for {len(clinics)} clinics")
    for path in workbooks:
        check(stat.S_IMODE(os.stat(path).st_mode) == 0o600, f"{path}: not 0600")
    seen = [check_clinic(path, database, codes, urgency_of)
            for path in workbooks if not path.endswith("/overview.xlsx")]
    check(sorted(seen) == clinics, f"clinic workbooks {sorted(seen)} for clinics {clinics}")

    overview = openpyxl.load_workbook(os.path.join(report_dir, "overview.xlsx"))
    check(overview.sheetnames == ["Overview"], f"overview sheets {overview.sheetnames}")
    sheet = overview["Overview"]
    check(header(sheet)[:4] == ["Clinic", "Name", "Intakes", "Cramp complaints"], f"overview header {header(sheet)}")
    rows = data_rows(sheet)
    check([sheet.cell(row, 1).value for row in range(5, 5 + rows)] == clinics, "overview rows")
    check(len(charts_of(os.path.join(report_dir, "overview.xlsx"))) == 1, "overview chart")
    ranges = sorted(str(rule.sqref) for rule in sheet.conditional_formatting)
    check(ranges == [f"G5:G{4 + rows}", f"J5:J{4 + rows}"], f"overview highlights {ranges} (cells, not rows)")
    check_page("overview.xlsx", sheet, "All clinics")
    check_no_codes(overview, "overview.xlsx", codes)

    for failure in failures:
        print("FAIL:", failure)
    print(f"checked {len(workbooks)} workbooks: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
