#!/usr/bin/env bash
# Installs the Debian 12 packages crampwatch needs to build, test and benchmark,
# skipping those already installed. Runs apt-get only when something is missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config      # compiler and build
  libsqlitecpp-dev libsqlite3-dev       # SQLite and its C++ wrapper
  libxlsxwriter-dev                     # Excel workbooks
  libcli11-dev                          # command line
  libssl-dev                            # SHA-256 (libcrypto) for file identity
  libboost-test-dev                     # tests
  unzip python3-openpyxl               # tests: read workbooks back
  sqlite3 time                          # benchmark: sqlite3 .import, /usr/bin/time -v
  clang libclang-rt-14-dev              # fuzzing: clang 14 and libclang_rt.fuzzer (scripts/fuzz.sh)
  python3-pandas python3-xlsxwriter     # benchmark: the pandas pipeline (bench/pandas_bench.sh)
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
