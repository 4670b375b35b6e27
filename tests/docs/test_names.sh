#!/bin/sh
# ctest splits test names on ';' and doctest splits its filters on ',': a test case named with
# either would be discovered as a filter that matches nothing, and silently never run.
set -eu
bad=$(grep -rn 'TEST_CASE("[^"]*[;,]' "$1/tests" || true)
[ -z "$bad" ] || { echo "test names must not contain ';' or ',':"; echo "$bad"; exit 1; }
