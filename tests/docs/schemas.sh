#!/bin/sh
# The JSON Schemas describe what scr really reads and writes: validated with a real validator
# (Debian's python3-jsonschema). Skipped (77) where it is missing.
set -eu
src="$1"
scr="$2"
py=/usr/bin/python3
"$py" -c 'import jsonschema, yaml' 2>/dev/null || { echo "python3-jsonschema/yaml missing: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$scr" init "$work/p" --name "Schema Test" --division scotland >/dev/null
"$scr" -C "$work/p" holidays import "$src/tests/data/govuk-bank-holidays.json" >/dev/null
"$scr" -C "$work/p" holidays list 2026 --format json > "$work/list.json"
"$scr" -C "$src/examples/demo" holidays list 2026 --calendar local --format json > "$work/local.json"
printf 'name: X\ndivision: wales\n' > "$work/bad.yaml"
exec "$py" - "$src" "$work" <<'PY'
import json, sys, yaml
from jsonschema import Draft202012Validator
src, work = sys.argv[1], sys.argv[2]
def schema(name):
    s = json.load(open(f"{src}/schemas/{name}", encoding="utf-8"))
    Draft202012Validator.check_schema(s)
    return Draft202012Validator(s)
def load(path):
    if path.endswith(".yaml"):  # scr reads every scalar as text; so does BaseLoader
        return yaml.load(open(path, encoding="utf-8"), Loader=yaml.BaseLoader)
    return json.load(open(path, encoding="utf-8"))
cases = [("scr.schema.json", f"{src}/examples/demo/scr.yaml", True),
         ("scr.schema.json", f"{work}/p/scr.yaml", True),
         ("scr.schema.json", f"{work}/bad.yaml", False),
         ("bank-holidays.schema.json", f"{src}/tests/data/govuk-bank-holidays.json", True),
         ("bank-holidays.schema.json", f"{work}/p/bank-holidays.json", True),
         ("holidays-list.schema.json", f"{work}/list.json", True),
         ("holidays-list.schema.json", f"{work}/local.json", True)]
failed = 0
for name, path, valid in cases:
    errors = list(schema(name).iter_errors(load(path)))
    if bool(errors) == valid:
        failed += 1
        print(f"FAIL {path} against {name}: expected {'valid' if valid else 'invalid'}", errors[:1])
print(f"{len(cases) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
