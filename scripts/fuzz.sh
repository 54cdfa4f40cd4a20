#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/*.cpp) into ./build-fuzz with Debian's clang and
# runs each for SECONDS_EACH seconds (default 60) on its corpus. Prints each target's
# executions and coverage, and any crash file; exits non-zero when a target crashed,
# leaked, timed out or ran out of memory.
#
#   scripts/fuzz.sh [SECONDS_EACH] [TARGET...]      e.g. scripts/fuzz.sh 300 fuzz_csv_reader
#
# Corpora: build-fuzz/corpus/TARGET/, seeded at each run from tests/data/ and sample-data/
# (libFuzzer adds what it finds there, so a later run starts where the last one ended),
# plus fuzz/corpus/TARGET/ when it exists (committed inputs, read only). Crash files go to
# build-fuzz/artifacts/TARGET/; reproduce one with build-fuzz/TARGET FILE.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(fuzz_csv_reader fuzz_row_validator fuzz_rules_parser fuzz_classifier)
seconds=${1:-60}
[ $# -gt 0 ] && shift
case "$seconds" in
  '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS_EACH] [TARGET...]" >&2; exit 2 ;;
esac
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
  [ -f "fuzz/$target.cpp" ] || { echo "fuzz.sh: no target $target (fuzz/$target.cpp)" >&2; exit 2; }
done

# clang and its runtime libraries (libclang_rt.fuzzer is in libclang-rt-14-dev).
if ! command -v clang++ >/dev/null ||
   ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "install ok installed"; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: clang libclang-rt-14-dev" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    clang libclang-rt-14-dev >&2
fi

cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DBUILD_TESTING=OFF -DCRAMPWATCH_FUZZ=ON >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]}"

# Seed corpora, in each target's input format (see the top of fuzz/TARGET.cpp).
/usr/bin/python3 - build-fuzz/corpus "${targets[@]}" <<'PYTHON'
import csv, glob, hashlib, io, os, re, sys

out_root, targets = sys.argv[1], sys.argv[2:]

def seed(target, data):
    folder = os.path.join(out_root, target)
    os.makedirs(folder, exist_ok=True)
    name = "seed-" + hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)

def read(path):
    with open(path, "rb") as f:
        return f.read()

csv_files = sorted(glob.glob("tests/data/csv-spectrum/csvs/*.csv"))
samples = sorted(glob.glob("sample-data/*.csv") + glob.glob("sample-data/other-systems/*"))

def head(data, records=3):
    """The header and the first records (quoted line breaks kept), at most 4 KiB."""
    text = data.decode("utf-8", "replace")
    rows = list(csv.reader(io.StringIO(text, newline="")))[:records]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")[:4096]

if "fuzz_csv_reader" in targets:
    # Byte 0: delimiter in bits 0-1 (',' ';' tab), read size in bits 2-4 (1 byte .. 64 KiB).
    for path in csv_files + samples:
        data = read(path)[:4096]
        for mode in (0x00, 0x0c, 0x18, 0x1c):
            seed("fuzz_csv_reader", bytes([mode]) + data)
        seed("fuzz_csv_reader", bytes([0x01]) + data.replace(b",", b";"))
        seed("fuzz_csv_reader", bytes([0x02]) + data.replace(b",", b"\t"))

if "fuzz_row_validator" in targets:
    # An optional first line "%..." is the --date-format; then the header and records.
    iso = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")
    formats = {
        "%d/%m/%Y": r"\3/\2/\1",
        "%m/%d/%y": lambda m: f"{m[2]}/{m[3]}/{m[1][2:]}",
        "%d %b %Y": lambda m: f"{m[3]} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][int(m[2]) - 1]} {m[1]}"
                    if 1 <= int(m[2]) <= 12 else m[0],
        "%Y%m%d": r"\1\2\3",
    }
    for path in samples:
        if path.endswith(".tsv") or "cp1252" in path:
            continue
        data = head(read(path))
        seed("fuzz_row_validator", data)
        text = data.decode("utf-8")
        for fmt, replacement in formats.items():
            seed("fuzz_row_validator", (fmt + "\n" + iso.sub(replacement, text)).encode("utf-8"))
    seed("fuzz_row_validator",
         b"%B %d, %Y %H:%M:%S\nclinic_id,intake_id,patient_id,Visit Date,birth_date,sex,age,complaint\n"
         b"C1,I1,P1,\"March 5, 2024 23:59:59\",\"February 29, 1960\",female,64,leg cramps\n")

if "fuzz_rules_parser" in targets:
    # default.rules in pieces of about 2 KiB, cut at section headers, each with [settings].
    lines = read("rules/default.rules").decode("utf-8").splitlines(keepends=True)
    settings = "".join(line for line in lines[:40] if "=" in line or line.startswith("[settings"))
    chunk = ""
    for line in lines:
        if line.startswith("[") and len(chunk) > 2048:
            seed("fuzz_rules_parser", (settings + chunk).encode("utf-8"))
            chunk = ""
        chunk += line
    seed("fuzz_rules_parser", (settings + chunk).encode("utf-8"))

if "fuzz_classifier" in targets:
    # Byte 0 the sex, byte 1 the age (>120: none), then complaint NUL history NUL medications.
    sexes = {"F": 0, "M": 1, "X": 2, "U": 3}
    with open("tests/data/classifier_eval.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            age = int(row["age"]) if row["age"].isdigit() and int(row["age"]) <= 120 else 255
            text = "\0".join((row["complaint"], row["history"], row["medications"]))
            seed("fuzz_classifier", bytes([sexes.get(row["sex"], 4), age]) + text.encode("utf-8"))
PYTHON

failed=0
for target in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$target
  artifacts=build-fuzz/artifacts/$target
  log=build-fuzz/$target.log
  mkdir -p "$corpus" "$artifacts"
  dirs=("$corpus")
  [ -d "fuzz/corpus/$target" ] && dirs+=("fuzz/corpus/$target")
  echo "== $target: ${seconds}s on $(find "${dirs[@]}" -type f | wc -l) inputs" >&2
  status=0
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "build-fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$artifacts/" "${dirs[@]}" >"$log" 2>&1 || status=$?
  # The last status line: "#N DONE cov: C ft: F corp: ... exec/s: E ...".
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  echo "$target: executions ${executions:-?}; ${last:-no status line}" >&2
  if [ "$status" -ne 0 ]; then
    failed=1
    echo "$target: FAILED (exit $status); log $log" >&2
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -n 5 >&2 || true
    grep -E 'Test unit written to' "$log" >&2 || true
  fi
done
exit "$failed"
