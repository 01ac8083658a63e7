#!/usr/bin/env bash
# Every suite: unit and property tests (vitest), the production build, browser tests (Playwright in Debian's
# chromium). Ends with one line "N passed, N failed" for all suites together; exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports test-results
rm -f reports/unit.json reports/e2e.json
# A test must not rewrite tracked files (screenshots go to docs/ only with SHOTS=1): compare the tree after.
tree_before=$(git status --porcelain 2>/dev/null)

# Types and Svelte diagnostics first: an error here is a failure like any test.
npx svelte-kit sync >/dev/null && npx svelte-check --tsconfig ./tsconfig.json --threshold error --output machine >reports/check.log 2>&1
check=$?
[ $check -ne 0 ] && { echo "svelte-check found errors:"; grep -E 'ERROR' reports/check.log | head -20; }

# Layout and lint: unformatted code or a lint error (model purity included) fails the run like a test.
npx prettier --check . >reports/format.log 2>&1
format=$?
[ $format -ne 0 ] && { echo "prettier: files not formatted (npm run format fixes them):"; grep -F '[warn]' reports/format.log | head -20; }
npx eslint . >reports/lint.log 2>&1
lint=$?
[ $lint -ne 0 ] && { echo "eslint found problems:"; head -40 reports/lint.log; }

npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
unit=$?
npx svelte-kit sync >/dev/null && npx vite build >reports/build.log 2>&1
build=$?
[ $build -ne 0 ] && { echo "build failed:"; tail -30 reports/build.log; }
if [ $build -eq 0 ]; then
	npx playwright test
	e2e=$?
else
	e2e=1
fi
tree_after=$(git status --porcelain 2>/dev/null)
tree=0
if [ "$tree_before" != "$tree_after" ]; then
	tree=1
	echo "the tests changed the work tree (a test must leave tracked files alone):"
	diff <(echo "$tree_before") <(echo "$tree_after") | grep '^>' | head -20
fi
CHECK_FAILED=$([ $check -ne 0 ] || [ $format -ne 0 ] || [ $lint -ne 0 ] || [ $tree -ne 0 ] && echo 1 || echo 0) node scripts/count-results.js
counted=$?
[ $tree -eq 0 ] && [ $check -eq 0 ] && [ $format -eq 0 ] && [ $lint -eq 0 ] && [ $unit -eq 0 ] && [ $build -eq 0 ] && [ $e2e -eq 0 ] && [ $counted -eq 0 ]
