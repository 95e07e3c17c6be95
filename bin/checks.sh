# Named checks of the shell-driven test stages (two-node, faults), counted like JUnit tests: set
# SUITE and work (the stage's folder), source this file, call `check "what" command...` for each
# check and `report` at the end. Source it, do not run it.

passed=0
failed=0
cases=""

check() { # description, then a command that succeeds when the check holds
    local what=$1 xml
    shift
    xml=$(sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/"/\&quot;/g' <<<"$what")
    if "$@"; then
        passed=$((passed + 1)); echo "  ok    $what"
        cases+="  <testcase classname=\"$SUITE\" name=\"$xml\"/>"$'\n'
    else
        failed=$((failed + 1)); echo "  FAIL  $what"
        cases+="  <testcase classname=\"$SUITE\" name=\"$xml\"><failure message=\"check failed\"/></testcase>"$'\n'
    fi
}

# A JUnit report, so that bin/test.sh counts these checks with the other tests.
report() {
    mkdir -p "$work/reports"
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="%s" tests="%d" failures="%d" errors="0" skipped="0">\n%s</testsuite>\n' \
        "$SUITE" $((passed + failed)) "$failed" "$cases" >"$work/reports/TEST-$SUITE.xml"
}
