# Shared by the bench/*.sh scripts: timing with peak memory, and medians.

# Runs a command under /usr/bin/time -v and prints "seconds peak_kib". Exit code 1
# (crampwatch: some rows rejected) counts as success; any other failure stops.
measure() {
  local status=0
  /usr/bin/time -v "$@" 2>"$work/time.txt" >/dev/null || status=$?
  if [ "$status" -gt 1 ]; then cat "$work/time.txt" >&2; exit "$status"; fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
    /Maximum resident set size/ { m = $2 }
    END { printf "%.2f %d\n", s, m }' "$work/time.txt"
}

# The median of the numbers on standard input, one per line.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A number of a stage in a `run --summary-json` file (one line of flat stage objects).
json_number() { sed -n "s/.*\"$2\": {[^}]*\"$3\": \([0-9.]*\).*/\1/p" "$1"; }  # FILE STAGE FIELD

# Private copies of build/PROGRAM... in $work/bin, so that a rebuild in build/ during the
# run (the tree is shared) cannot swap or remove the programs being measured. Builds with
# scripts/build.sh if one is missing, and stops, naming it, if the build did not make it.
private_copies() {  # PROGRAM...
  local program
  for program in "$@"; do
    [ -x "build/$program" ] || { scripts/build.sh >/dev/null; break; }
  done
  for program in "$@"; do
    [ -x "build/$program" ] ||
      { echo "$(basename "$0" .sh): build/$program is missing, even after scripts/build.sh" >&2; exit 1; }
  done
  mkdir -p "$work/bin"
  cp "${@/#/build/}" "$work/bin/"
}
