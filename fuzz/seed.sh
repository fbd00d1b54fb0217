#!/bin/sh
# Fills fuzz/corpus/{parse,compile,run}/ with the conformance scripts
# (tests/scripts/**/*.py) and the checked-in regressions. Safe to rerun.
set -e
here=$(cd "$(dirname "$0")" && pwd)
for t in parse compile run; do
    mkdir -p "$here/corpus/$t"
    find "$here/../tests/scripts" -name '*.py' | while read -r f; do
        name=$(echo "${f#$here/../tests/scripts/}" | tr '/' '_')
        cp "$f" "$here/corpus/$t/seed_$name"
    done
done
# The hostile-input catalogue (tests/hostile/cases.py): one seed per case
# for the run target, which treats any abort or panic as a finding.
python3 - "$here" <<'PY'
import os, runpy, sys
here = sys.argv[1]
cases = runpy.run_path(os.path.join(here, "..", "tests", "hostile", "cases.py"))["CASES"]
for case in cases:
    with open(os.path.join(here, "corpus", "run", "hostile_" + case[0]), "w") as f:
        f.write(case[2] + "\n")
PY
echo "seeded $(ls "$here/corpus/run" | wc -l) files per target"
