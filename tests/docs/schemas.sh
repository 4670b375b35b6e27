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
# A case as scr writes it, and invalid ones that scr check and the schema must both refuse.
"$scr" -C "$work/p" referral new --kind serious-incident --referrer-name R --child-name C \
    --incident-date 2026-11-17 --received 2026-11-20 --summary S --answer died=no >/dev/null
"$scr" -C "$work/p" event add 2026-001 screening --date 2026-11-23 --set outcome=meets-rapid-review \
    --by B >/dev/null
mkdir "$work/bad" && cp -r "$work/p/scr.yaml" "$work/p/cases" "$work/bad/"
good="$work/p/cases/2026-001.yaml"
i=1
for change in 's/^kind: .*/kind: serious/' 's/^received: .*/received: yesterday/' \
              's/    type: screening/    type: screening\n    colour: red/' \
              's/outcome: meets-rapid-review/outcome: maybe/' 's/^  died: no/  died: perhaps/' \
              's/^id: .*/id: 2026-14/' 's/^incident:/incidents:/'; do
    sed "$change" "$good" > "$work/bad/cases/2026-00$((i + 1)).yaml"
    sed -i "s/^id: 2026-001/id: 2026-00$((i + 1))/" "$work/bad/cases/2026-00$((i + 1)).yaml"
    i=$((i + 1))
done
rm "$work/bad/cases/2026-001.yaml"
for f in "$work"/bad/cases/*.yaml; do
    id=$(basename "$f" .yaml)
    if "$scr" -C "$work/bad" check "$id" 2>/dev/null; then echo "FAIL scr check accepts $f"; exit 1; fi
done
exec "$py" - "$src" "$work" <<'PY'
import glob, json, re, sys, yaml
from jsonschema import Draft202012Validator
src, work = sys.argv[1], sys.argv[2]
def schema(name):
    s = json.load(open(f"{src}/schemas/{name}", encoding="utf-8"))
    Draft202012Validator.check_schema(s)
    return Draft202012Validator(s)
class TextLoader(yaml.BaseLoader):
    """Every scalar is text, as scr reads it, except plain ~, null and empty, which yaml-cpp
    (and YAML 1.2) read as null; a quoted "null" stays text."""
TextLoader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"),
                                 ["~", "n", "N", ""])
TextLoader.add_constructor("tag:yaml.org,2002:null", lambda loader, node: None)
def load(path):
    if path.endswith(".yaml"):
        return yaml.load(open(path, encoding="utf-8"), Loader=TextLoader)
    return json.load(open(path, encoding="utf-8"))
cases = [("scr.schema.json", f"{src}/examples/demo/scr.yaml", True),
         ("scr.schema.json", f"{work}/p/scr.yaml", True),
         ("scr.schema.json", f"{work}/bad.yaml", False),
         ("bank-holidays.schema.json", f"{src}/tests/data/govuk-bank-holidays.json", True),
         ("bank-holidays.schema.json", f"{work}/p/bank-holidays.json", True),
         ("holidays-list.schema.json", f"{work}/list.json", True),
         ("holidays-list.schema.json", f"{work}/local.json", True),
         ("case.schema.json", f"{work}/p/cases/2026-001.yaml", True)]
cases += [("case.schema.json", f, True) for f in sorted(glob.glob(f"{src}/examples/demo/cases/*.yaml"))]
cases += [("case.schema.json", f, False) for f in sorted(glob.glob(f"{work}/bad/cases/*.yaml"))]
failed = 0
for name, path, valid in cases:
    errors = list(schema(name).iter_errors(load(path)))
    if bool(errors) == valid:
        failed += 1
        print(f"FAIL {path} against {name}: expected {'valid' if valid else 'invalid'}", errors[:1])
print(f"{len(cases) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
