#!/usr/bin/python3
"""Tells whether two folders hold the same workbooks, cell for cell.

   bench/same_workbooks.py BEFORE_DIR AFTER_DIR

For a change that must not change what the report writes: every .xlsx of one
folder must be in the other, with the same parts (sheets, shared strings,
styles, charts...) holding the same bytes. docProps/core.xml is left out: it
holds the time the workbook was written. Prints each difference and a count;
exits 1 when there is any.
"""
import os
import sys
import zipfile


def main(before, after):
    names = sorted(f for f in os.listdir(before) if f.endswith(".xlsx"))
    others = sorted(f for f in os.listdir(after) if f.endswith(".xlsx"))
    differences = 0
    for name in sorted(set(names) ^ set(others)):
        print(f"{name}: in one folder only")
        differences += 1
    parts = 0
    for name in sorted(set(names) & set(others)):
        with zipfile.ZipFile(os.path.join(before, name)) as a, zipfile.ZipFile(os.path.join(after, name)) as b:
            if sorted(a.namelist()) != sorted(b.namelist()):
                print(f"{name}: other parts")
                differences += 1
                continue
            for part in a.namelist():
                if part == "docProps/core.xml":
                    continue
                parts += 1
                if a.read(part) != b.read(part):
                    print(f"{name}: {part} differs")
                    differences += 1
    print(f"{len(names)} workbooks, {parts} parts compared, {differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
