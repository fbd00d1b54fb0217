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
echo "seeded $(ls "$here/corpus/run" | wc -l) files per target"
