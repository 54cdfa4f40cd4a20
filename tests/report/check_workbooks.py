#!/usr/bin/python3
"""Reads the workbooks of `crampwatch report` back with openpyxl (Debian's
python3-openpyxl) and checks them against the database they were made from.

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
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def header(sheet, row=4):
    return [cell.value for cell in sheet[row] if cell.value is not None]


def data_rows(sheet, first=5):
    """Rows from `first` down to the last row with a value in column A."""
    last = first - 1
    for row in range(first, sheet.max_row + 1):
        if sheet.cell(row, 1).value is not None:
            last = row
    return last - first + 1


def charts_of(path):
    with zipfile.ZipFile(path) as archive:
        return [name for name in archive.namelist() if name.startswith("xl/charts/chart")]


def check_no_formula(book, name):
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                check(cell.data_type != "f", f"{name}/{sheet.title}!{cell.coordinate}: a formula")


def check_clinic(path, database):
    name = os.path.basename(path)
    book = openpyxl.load_workbook(path)
    check(book.sheetnames == CLINIC_SHEETS, f"{name}: sheets {book.sheetnames}")
    summary = book["Summary"]
    clinic_id = summary["A1"].value.split(" \u2014 ")[1].split(" ")[0]
    period = re.match(r"^Period (\S+) to (\S+) \(both days included\)(: the 12 calendar months up to the "
                      r"latest intake date)?; data through \S+\.$", summary["A2"].value)
    check(period is not None, f"{name}: period line {summary['A2'].value!r}")
    first, last = period.group(1), period.group(2)
    for sheet in book.worksheets:
        check(sheet["A1"].value.split(" \u2014 ")[1].startswith(clinic_id), f"{name}/{sheet.title}: title")
        check(sheet["A2"].value == summary["A2"].value, f"{name}/{sheet.title}: period line")
        check(sheet.page_setup.orientation == "landscape", f"{name}/{sheet.title}: not landscape")
    check_no_formula(book, name)

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
        check(len(complaints.conditional_formatting) >= 1, f"{name}: no red-flag/calcium highlight")
        for row in range(5, 5 + expected):
            date = complaints.cell(row, 1)
            check(isinstance(date.value, datetime.datetime) and date.number_format == "yyyy-mm-dd",
                  f"{name}: Complaints!A{row} is not a real date ({date.value!r}, {date.number_format})")
            text = complaints.cell(row, 11)
            check(text.data_type == "s" and isinstance(text.value, str), f"{name}: Complaints!K{row} not text")
    red = book["Red flags"]
    expected_red = database.execute("SELECT count(*) " + in_period + " AND red_flags <> ''", args).fetchone()[0]
    if expected_red:
        check(data_rows(red) == expected_red, f"{name}: {data_rows(red)} red-flag rows, v_intake has {expected_red}")
    calcium = book["Calcium follow-up"]
    expected_patients = database.execute(
        "SELECT count(DISTINCT patient_id) " + in_period + " AND calcium_risk IS NOT NULL", args).fetchone()[0]
    if expected_patients:
        check(data_rows(calcium) == expected_patients,
              f"{name}: {data_rows(calcium)} calcium rows, v_intake has {expected_patients} patients")
    trend = book["Trend"]
    check(header(trend)[:3] == ["Month", "Note", "All cramp complaints"], f"{name}: Trend header {header(trend)[:3]}")
    months = data_rows(trend)
    check(sum(trend.cell(row, 3).value for row in range(5, 5 + months)) == expected,
          f"{name}: Trend does not add up to the complaints")
    check(len(charts_of(path)) == 2, f"{name}: charts {charts_of(path)} (Summary and Trend)")
    check(book.properties.title.startswith("Leg cramp complaints: " + clinic_id), f"{name}: document title")
    check("rules version" in (book.properties.description or ""), f"{name}: no rules version in properties")
    return clinic_id


def main():
    report_dir, database_path = sys.argv[1], sys.argv[2]
    database = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
    clinics = [row[0] for row in database.execute("SELECT DISTINCT clinic_id FROM v_intake ORDER BY 1")]
    workbooks = sorted(glob.glob(os.path.join(report_dir, "*.xlsx")))
    check(len(workbooks) == len(clinics) + 1, f"{len(workbooks)} workbooks for {len(clinics)} clinics")
    for path in workbooks:
        check(stat.S_IMODE(os.stat(path).st_mode) == 0o600, f"{path}: not 0600")
    seen = [check_clinic(path, database) for path in workbooks if not path.endswith("/overview.xlsx")]
    check(sorted(seen) == clinics, f"clinic workbooks {sorted(seen)} for clinics {clinics}")

    overview = openpyxl.load_workbook(os.path.join(report_dir, "overview.xlsx"))
    check(overview.sheetnames == ["Overview"], f"overview sheets {overview.sheetnames}")
    sheet = overview["Overview"]
    check(header(sheet)[:4] == ["Clinic", "Name", "Intakes", "Cramp complaints"], f"overview header {header(sheet)}")
    check([sheet.cell(row, 1).value for row in range(5, 5 + data_rows(sheet))] == clinics, "overview rows")
    check(len(charts_of(os.path.join(report_dir, "overview.xlsx"))) == 1, "overview chart")
    check_no_formula(overview, "overview.xlsx")

    for failure in failures:
        print("FAIL:", failure)
    print(f"checked {len(workbooks)} workbooks: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
