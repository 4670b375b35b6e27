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
              's/^id: .*/id: 2026-14/' 's/^incident:/incidents:/' \
              's/^received: .*/received: 2026-02-30/' 's/^received: .*/received: 1989-12-31/'; do
    id=$(printf '2026-%03d' $((i + 1)))
    sed "$change" "$good" > "$work/bad/cases/$id.yaml"
    sed -i "s/^id: 2026-001/id: $id/" "$work/bad/cases/$id.yaml"
    i=$((i + 1))
done
rm "$work/bad/cases/2026-001.yaml"
for f in "$work"/bad/cases/*.yaml; do
    id=$(basename "$f" .yaml)
    if "$scr" -C "$work/bad" check "$id" 2>/dev/null; then echo "FAIL scr check accepts $f"; exit 1; fi
done
# scr triage --format json: every demo case, the fresh case, and (with -n) the shapes its answers
# can take: a death with and without a Joint Agency Response, an adult, a case to notify.
mkdir "$work/triage"
for f in "$src"/examples/demo/cases/*.yaml; do
    id=$(basename "$f" .yaml)
    "$scr" -C "$src/examples/demo" --as-of 2026-11-22 --no-input triage "$id" --format json \
        > "$work/triage/demo-$id.json"
done
t() { # t NAME ARGS...: scr triage 2026-001 ARGS --format json into triage/NAME.json
    name=$1
    shift
    "$scr" -C "$work/p" --as-of 2026-11-24 --no-input triage 2026-001 "$@" --format json \
        > "$work/triage/$name.json"
}
t fresh
t jar-needed -n --set died=yes --set 'children[0].date_of_birth=2015-01-01' --set external_cause=yes \
    --set 'children[0].date_of_death=2026-11-20'
t jar-undated -n --set died=yes --set 'children[0].date_of_birth=2015-01-01' --set external_cause=yes
t jar-not-needed -n --set died=yes --set 'children[0].date_of_birth=2015-01-01' \
    --set abuse_or_neglect=no --set external_cause=no \
    --set sudden_unexplained=no --set custody_or_detention=no --set suspicious_circumstances=no \
    --set stillbirth_unattended=no
t adult -n --set 'children[0].date_of_birth=2000-01-01'
t notify -n --set abuse_or_neglect=suspected --set seriously_harmed=yes --set in_area=yes
t other-area -n --set abuse_or_neglect=known --set seriously_harmed=yes --set in_area=no \
    --set outside_england=no --set normally_resident=no
# Answers and a decision recorded: a case file with the new answer keys and a screening panel.
"$scr" -C "$work/p" --no-input referral new --kind learning-request --referrer-name R --child-name C \
    --received 2026-11-20 --summary S >/dev/null
"$scr" -C "$work/p" --as-of 2026-11-24 --no-input triage 2026-002 --format json \
    --set good_practice=yes --set poor_practice=unknown --set multi_agency_learning=no \
    --set external_cause=no --set sudden_unexplained=yes --set custody_or_detention=no \
    --set suspicious_circumstances=unknown --set stillbirth_unattended=no --set died=yes \
    --set abuse_or_neglect=no --set 'children[0].date_of_birth=2015-06-01' --set incident.date=-1wd \
    --record single-agency-learning --rationale "Learning for one agency." --panel "Chair,Police" \
    --panel Health --by B --date 2026-11-23 > "$work/triage/recorded.json" 2>/dev/null
"$scr" -C "$work/p" check 2026-002 || { echo "FAIL scr check refuses the case triage wrote"; exit 1; }
# Process profiles: the examples and the built-in statutory profile are valid; profiles with one
# mistake each must be refused by the schema and by scr (scr deadlines reads profiles/NAME.yaml).
mkdir "$work/profiles"
sed -n '/R"(name: statutory/,/^)";/p' "$src/lib/process/statutory.cpp" | sed '1s/.*R"(//; $d' \
    > "$work/profiles/statutory.yaml"
grep -q '^  - id: notify-panel' "$work/profiles/statutory.yaml" ||
    { echo "FAIL: the statutory profile text was not found in lib/process/statutory.cpp"; exit 1; }
"$scr" init "$work/d" --name "Deadlines Schema Test" >/dev/null
mkdir "$work/d/profiles"
cp "$src/examples/profiles/bury.yaml" "$src/examples/profiles/kscp.yaml" "$work/d/profiles/"
sed -i 's/^  - statutory$/  - statutory\n  - bury\n  - kscp/' "$work/d/scr.yaml"
printf 'rapid_review_from: aware\n' >> "$work/d/scr.yaml"
grep -q '^  - kscp$' "$work/d/scr.yaml" || { echo "FAIL: could not list bury and kscp in scr.yaml"; exit 1; }
cp "$work/d/scr.yaml" "$work/d-scr.yaml"
sed 's/^rapid_review_from: aware$/rapid_review_from: received/' "$work/d/scr.yaml" > "$work/bad-rapid-review.yaml"
# The Tees profile replaces statutory: a partnership of its own.
"$scr" init "$work/t" --name "Tees Schema Test" --id-prefix TEES >/dev/null
mkdir "$work/t/profiles"
cp "$src/examples/profiles/tees.yaml" "$work/t/profiles/"
sed -i 's/^  - statutory$/  - tees/' "$work/t/scr.yaml"
mkdir "$work/badprofiles"
good_profile="$src/examples/profiles/bury.yaml"
i=1
for change in 's/^    owner: partnership$/    owner: business-unit/' \
              's/^    calendar: local$/    calendar: local\n    colour: red/' \
              's/^    period: 3 working days$/    period: 3 working day/' \
              's/^    period: 10 working days$/    period: 10 working days\n    roll: next-working-day/' \
              's/^    cutoff: "12:00"$/    cutoff: "24:00"/' \
              's/^    done_when: author-identified # custom$//' \
              's/^      screening: \[meets-rapid-review\]$/      screening: [meets]/' \
              's/^      kinds: \[serious-incident\]$/      kinds: [serious]/' \
              's/^    start: next$//; s/^    from: panel-response$/    from: panel-response\n    start: last/' \
              's/^  - id: bury-sign-off$/  - id: Bury-Sign-Off/' \
              's/^milestones:$/milestone:/'; do
    sed "$change" "$good_profile" > "$work/badprofiles/bury-$i.yaml"
    if cmp -s "$good_profile" "$work/badprofiles/bury-$i.yaml"; then
        echo "FAIL: '$change' changed nothing in bury.yaml"
        exit 1
    fi
    # scr refuses it too: the same file as the partnership's bury profile.
    cp "$work/badprofiles/bury-$i.yaml" "$work/d/profiles/bury.yaml"
    if "$scr" -C "$work/d" deadlines >/dev/null 2>&1; then
        echo "FAIL: scr deadlines accepts a bury profile changed by '$change'"
        exit 1
    fi
    i=$((i + 1))
done
cp "$good_profile" "$work/d/profiles/bury.yaml"
"$scr" -C "$work/d" deadlines >/dev/null || { echo "FAIL: scr deadlines refuses statutory, bury and kscp"; exit 1; }
mkdir -p "$work/rr/cases" && cp "$work/bad-rapid-review.yaml" "$work/rr/scr.yaml" && cp -r "$work/d/profiles" "$work/rr/"
if "$scr" -C "$work/rr" deadlines >/dev/null 2>&1; then echo "FAIL: scr accepts rapid_review_from: received"; exit 1; fi
# scr deadlines --format json --explain: the demo, a partnership with the Bury and KSCP profiles
# and referrals at different points, and the Tees profile alone.
mkdir "$work/deadlines"
"$scr" -C "$src/examples/demo" --no-cache --as-of 2026-12-01 deadlines --format json --explain \
    > "$work/deadlines/demo-explain.json"
"$scr" -C "$src/examples/demo" --no-cache --as-of 2026-12-01 deadlines --format json \
    > "$work/deadlines/demo.json"
"$scr" -C "$work/d" --no-input referral new --kind serious-incident --referrer-name R --child-name C \
    --incident-date 2026-11-17 --aware 2026-11-18 --received 2026-11-20 --summary S >/dev/null
"$scr" -C "$work/d" event add 2026-001 screening --date 2026-11-23 --set outcome=meets-rapid-review >/dev/null
"$scr" -C "$work/d" event add 2026-001 case-summaries-requested --date 2026-11-30 >/dev/null # late: missed
"$scr" -C "$work/d" --as-of 2026-12-01 deadlines --format json --explain > "$work/deadlines/profiles-one.json"
"$scr" -C "$work/d" --no-input referral new --kind serious-incident --referrer-name R --child-name C \
    --incident-date 2026-11-17 --aware 2026-11-18 --received 2026-11-20 --summary S >/dev/null
"$scr" -C "$work/d" event add 2026-002 screening --date 2026-11-23 --set outcome=no-further-action >/dev/null
"$scr" -C "$work/d" --as-of 2026-12-01 extend 2026-001 bury-author-identified --until 2026-12-03 \
    --agreed-by "Partnership Chair" --reason "Author on leave" >/dev/null
"$scr" -C "$work/d" --as-of 2026-12-01 deadlines --format json --explain > "$work/deadlines/profiles.json"
"$scr" -C "$work/d" --as-of 2026-12-04 deadlines --format json --explain > "$work/deadlines/profiles-later.json"
"$scr" -C "$work/t" --no-input referral new --kind serious-incident --referrer-name R --child-name C \
    --incident-date 2026-11-17 --aware 2026-11-18 --received 2026-11-20 --summary S >/dev/null
"$scr" -C "$work/t" event add TEES-2026-001 screening --date 2026-11-24 --set outcome=meets-rapid-review >/dev/null
"$scr" -C "$work/t" event add TEES-2026-001 notified --date 2026-11-26 >/dev/null
"$scr" -C "$work/t" --as-of 2026-12-01 deadlines --format json --explain > "$work/deadlines/tees.json"
# scr review: the decisions after triage recorded on a copy of the demo, so that its case files
# hold every new event type (rapid-review-recommendation, chair-decision, publication-decided),
# then invalid ones that scr check and the schema must both refuse.
mkdir "$work/review"
cp -r "$src/examples/demo/scr.yaml" "$src/examples/demo/profiles" "$src/examples/demo/cases" "$work/review/"
r() { SCR_TODAY=2026-12-01 "$scr" -C "$work/review" --no-input "$@" >/dev/null; }
r event add 2026-002 notified --date 2026-11-17
r review decide 2026-002 --date 2026-11-27 --by B --recommendation local-review-independent \
    --criteria improvements-needed,multi-agency-working --circumstances cross-boundary \
    --question "Why was the neglect not seen?" --question "What did school know, and when?" \
    --rationale "Long-term neglect known to two agencies."
r review chair 2026-002 --date 2026-11-30 --by B --decision multi-agency-learning \
    --rationale "A learning review will report sooner." --note "Chair's meeting."
r review submit 2026-002 --date 2026-11-30 --by B
r review panel-response 2026-002 --date 2026-12-01 --outcome agree-meets
r review lcspr 2026-002 --date 2026-12-01 --model learning-circle --reviewer "Sam Lead"
r review publish 2026-002 --planned 2027-05-14
r review publish 2026-002 --date 2026-12-01 --not-publishable --reason "It would identify the family."
r review action add 2026-002 --action "Audit neglect referrals." --owner "Business Unit" --due +20wd
r review action add 2026-002 --action "Brief the schools." --owner "Education" --due 2026-11-28
r review action "done" 2026-002 A2 --date 2026-11-27
r review decide 2026-005 --date 2026-11-30 --recommendation no-review --rationale "Not a safeguarding death."
r review publish 2026-001 --date 2026-11-30 --publishable
"$scr" -C "$work/review" check || { echo "FAIL scr check refuses the cases scr review wrote"; exit 1; }
grep -q '^    type: publication-decided$' "$work/review/cases/2026-002.yaml" ||
    { echo "FAIL: scr review did not record publication-decided"; exit 1; }
mkdir "$work/badreview" && cp -r "$work/review/scr.yaml" "$work/review/profiles" "$work/review/cases" "$work/badreview/"
rm "$work/badreview/cases/"*.yaml
goodreview="$work/review/cases/2026-002.yaml"
i=1
for change in 's/^    decision: multi-agency-learning$/    decision: learning/' \
              's/^    outcome: not-publishable$/    outcome: unpublishable/' \
              's/^    criteria: \[improvements-needed, multi-agency-working\]$/    criteria: [improvements-needed, themes]/' \
              's/^    circumstances: \[cross-boundary\]$/    circumstances: [cross-boundary]\n    colour: red/' \
              's/^    reason: It would identify the family\.$/    reasons: It would identify the family./' \
              '/^    outcome: not-publishable$/d' \
              '/^    decision: multi-agency-learning$/d'; do
    sed "$change" "$goodreview" > "$work/badreview/cases/2026-00$i.yaml"
    if cmp -s "$goodreview" "$work/badreview/cases/2026-00$i.yaml"; then
        echo "FAIL: '$change' changed nothing in the case scr review wrote"
        exit 1
    fi
    sed -i "s/^id: 2026-002$/id: 2026-00$i/" "$work/badreview/cases/2026-00$i.yaml"
    if "$scr" -C "$work/badreview" check "2026-00$i" 2>/dev/null; then
        echo "FAIL scr check accepts the case scr review wrote changed by '$change'"
        exit 1
    fi
    i=$((i + 1))
done
# scr report --format json: the register, every case and timeliness, on the demo and on the copy
# with the review decisions, with and without --redact.
mkdir "$work/reports"
for dir in demo review; do
    root="$src/examples/demo"
    [ "$dir" = review ] && root="$work/review"
    for redact in "" --redact; do
        rep() { # rep NAME ARGS...: scr report ARGS into reports/NAME.json
            name=$1
            shift
            SCR_TODAY=2026-12-01 "$scr" -C "$root" --no-cache report "$@" ${redact:+"$redact"} --format json \
                > "$work/reports/$name$redact.json"
        }
        rep "register-$dir" register
        rep "timeliness-$dir" timeliness --from 2026-04-01 --to 2027-03-31
        for f in "$root"/cases/*.yaml; do
            id=$(basename "$f" .yaml)
            rep "case-$dir-$id" case "$id"
        done
    done
done
SCR_TODAY=2026-12-01 "$scr" -C "$src/examples/demo" --no-cache report timeliness --from 2026-11-01 --to 2026-11-30 \
    --format json > "$work/reports/timeliness-demo-november.json"
exec "$py" - "$src" "$work" <<'PY'
import copy, glob, json, re, sys, yaml
from jsonschema import Draft202012Validator, FormatChecker
src, work = sys.argv[1], sys.argv[2]
def schema(name):
    s = json.load(open(f"{src}/schemas/{name}", encoding="utf-8"))
    Draft202012Validator.check_schema(s)
    return Draft202012Validator(s, format_checker=FormatChecker())
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
cases += [("case.schema.json", f"{work}/p/cases/2026-002.yaml", True)]
cases += [("case.schema.json", f, True) for f in sorted(glob.glob(f"{src}/examples/demo/cases/*.yaml"))]
cases += [("case.schema.json", f, False) for f in sorted(glob.glob(f"{work}/bad/cases/*.yaml"))]
cases += [("triage.schema.json", f, True) for f in sorted(glob.glob(f"{work}/triage/*.json"))]
cases += [("scr.schema.json", f"{work}/d-scr.yaml", True),
          ("scr.schema.json", f"{work}/bad-rapid-review.yaml", False)]
cases += [("profile.schema.json", f, True) for f in sorted(glob.glob(f"{src}/examples/profiles/*.yaml"))
          + sorted(glob.glob(f"{src}/examples/demo/profiles/*.yaml"))]
cases += [("profile.schema.json", f"{work}/profiles/statutory.yaml", True)]
cases += [("profile.schema.json", f, False) for f in sorted(glob.glob(f"{work}/badprofiles/*.yaml"))]
cases += [("deadlines.schema.json", f, True) for f in sorted(glob.glob(f"{work}/deadlines/*.json"))]
cases += [("case.schema.json", f, True) for f in sorted(glob.glob(f"{work}/review/cases/*.yaml"))]
cases += [("case.schema.json", f, False) for f in sorted(glob.glob(f"{work}/badreview/cases/*.yaml"))]
report_schema = {"register": "report-register.schema.json", "case": "report-case.schema.json",
                 "timeliness": "report-timeliness.schema.json"}
cases += [(report_schema[f.split("/")[-1].split("-")[0]], f, True)
          for f in sorted(glob.glob(f"{work}/reports/*.json"))]
failed = 0
def fail(message):
    global failed
    failed += 1
    print("FAIL", message)
for name, path, valid in cases:
    errors = list(schema(name).iter_errors(load(path)))
    if bool(errors) == valid:
        fail(f"{path} against {name}: expected {'valid' if valid else 'invalid'} {errors[:1]}")

# The triage outputs cover what they are meant to: every kind, every result, a Joint Agency
# Response needed with its date and not needed, and the actions the answers above lead to.
outputs = {f.split("/")[-1][:-5]: load(f) for f in glob.glob(f"{work}/triage/*.json")}
def check_of(doc, id):
    return next((c for c in doc["checks"] if c["id"] == id), None)
seen = {(c["id"], c["result"]) for doc in outputs.values() for c in doc["checks"]}
for kind in ("serious-incident", "case-of-concern", "learning-request"):
    if not any(doc["kind"] == kind for doc in outputs.values()):
        fail(f"no triage output of a {kind}")
for result in ("meets", "not-met", "cannot-tell"):
    if not any(r == result for _, r in seen):
        fail(f"no check with result {result}")
jar = check_of(outputs["jar-needed"], "child-death").get("joint_agency_response")
if not jar or jar["result"] != "meets" or not jar["due"]:
    fail(f"jar-needed: joint_agency_response {jar}")
jar = check_of(outputs["jar-undated"], "child-death").get("joint_agency_response")
if not jar or jar["result"] != "meets" or jar["due"] is not None:
    fail(f"jar-undated: joint_agency_response {jar}")
jar = check_of(outputs["jar-not-needed"], "child-death").get("joint_agency_response")
if not jar or jar["result"] != "not-met" or jar["due"] is not None:
    fail(f"jar-not-needed: joint_agency_response {jar}")
for name, action in (("adult", "adult-safeguarding"), ("notify", "notify-panel"),
                     ("other-area", "tell-other-area"), ("recorded", "consider-learning-review")):
    if outputs[name]["recommendation"]["action"] != action:
        fail(f"{name}: recommendation {outputs[name]['recommendation']['action']}, expected {action}")
if [c["id"] for c in outputs["recorded"]["checks"]] != ["child", "serious-case", "learning", "child-death"]:
    fail("recorded: a learning request where a child died runs child, serious-case, learning, child-death")

# The case file triage wrote holds the new answers and the screening panel.
written = load(f"{work}/p/cases/2026-002.yaml")
for key in ("good_practice", "poor_practice", "external_cause", "sudden_unexplained",
            "custody_or_detention", "suspicious_circumstances", "stillbirth_unattended"):
    if key not in (written.get("answers") or {}):
        fail(f"2026-002.yaml: answer {key} not written")
screening = [e for e in written.get("events") or [] if e.get("type") == "screening"]
if not screening or screening[-1].get("panel") != ["Chair", "Police", "Health"]:
    fail(f"2026-002.yaml: screening panel {screening}")

# Outputs that break the contract are refused, so the schema is not vacuous.
base = outputs["demo-2026-005"] if "demo-2026-005" in outputs else outputs["fresh"]
def mutated(change):
    doc = copy.deepcopy(base)
    change(doc)
    return doc
def set_path(doc, path, value):
    for p in path[:-1]:
        doc = doc[p]
    doc[path[-1]] = value
bad_outputs = {
    "result maybe": mutated(lambda d: set_path(d, ["checks", 0, "result"], "maybe")),
    "action escalate": mutated(lambda d: set_path(d, ["recommendation", "action"], "escalate")),
    "due not ISO": mutated(lambda d: set_path(d, ["recommendation", "due"], "23/11/2026")),
    "as_of missing": mutated(lambda d: d.pop("as_of")),
    "extra key": mutated(lambda d: d.update(colour="red")),
    "checks out of order": mutated(lambda d: d["checks"].reverse()),
    "question without key": mutated(lambda d: d["questions"].append({"question": "Why?"})),
    "unknown question key": mutated(lambda d: d["questions"].append({"key": "colour", "question": "?"})),
}
triage_schema = schema("triage.schema.json")
for what, doc in bad_outputs.items():
    if not list(triage_schema.iter_errors(doc)):
        fail(f"triage.schema.json accepts an output with {what}")

# The deadline outputs cover what they are meant to: every status, every example profile and the
# action plan, an extension, a decision that made a
# milestone not required, a cut-off, and --explain on every item of the explained outputs only.
deadlines = {f.split("/")[-1][:-5]: load(f) for f in glob.glob(f"{work}/deadlines/*.json")}
every = [d for doc in deadlines.values() for d in doc]
for status in ("met", "missed", "overdue", "due-today", "pending", "not-required"):
    if not any(d["status"] == status for d in every):
        fail(f"no deadline with status {status}")
for profile in ("statutory", "bury", "kscp", "tees", "action-plan"):
    if not any(d["profile"] == profile for d in every):
        fail(f"no deadline of profile {profile}")
if not any(d["extension"] for d in deadlines["profiles"]):
    fail("profiles.json: the extension scr extend recorded is not shown")
if not any(d["not_required_because"] for d in deadlines["profiles"]):
    fail("profiles.json: no milestone not required after screening decided no further action")
if not any(d["cutoff"] for d in deadlines["profiles"]):
    fail("profiles.json: no milestone with a cut-off time")
for name, doc in deadlines.items():
    if not doc:
        fail(f"{name}.json is empty")
    if any(("explain" in d) != (name != "demo") for d in doc):
        fail(f"{name}.json: explain present {'without' if name == 'demo' else 'with'} --explain")
# rapid_review_from: aware starts the statutory Rapid Review clock at the aware event.
rapid = [d for d in deadlines["profiles-one"] if d["milestone"] == "rapid-review"]
if not rapid or rapid[0]["explain"]["from"] != "aware":
    fail(f"rapid_review_from: aware did not start the Rapid Review clock at aware: {rapid}")

# Outputs that break the contract are refused.
base_deadline = next(d for d in deadlines["profiles"] if d["status"] == "pending")
def broken(change):
    doc = copy.deepcopy(base_deadline)
    change(doc)
    return [doc]
bad_deadlines = {
    "status late": broken(lambda d: d.update(status="late")),
    "due not ISO": broken(lambda d: d.update(due="01/12/2026")),
    "pending without working days": broken(lambda d: d.update(working_days_left=None)),
    "pending completed": broken(lambda d: d.update(completed="2026-11-30")),
    "pending with negative days": broken(lambda d: d.update(working_days_left=-2)),
    "not-required with working days": broken(lambda d: d.update(status="not-required")),
    "owner someone": broken(lambda d: d.update(owner="someone")),
    "case missing": broken(lambda d: d.pop("case")),
    "extra key": broken(lambda d: d.update(colour="red")),
    "cutoff 5pm": broken(lambda d: d.update(cutoff="5pm")),
    "extension without original_due": broken(lambda d: d.update(
        extension={"until": d["due"], "agreed_by": "X", "reason": ""})),
    "explain extra key": broken(lambda d: d["explain"].update(colour="red")),
    "explain calendar": broken(lambda d: d["explain"].update(calendar="lunar")),
}
deadlines_schema = schema("deadlines.schema.json")
if list(deadlines_schema.iter_errors([base_deadline])):
    fail("deadlines.schema.json refuses the unchanged base deadline")
for what, doc in bad_deadlines.items():
    if not list(deadlines_schema.iter_errors(doc)):
        fail(f"deadlines.schema.json accepts an output with {what}")

# The enums of profile.schema.json are those of lib/process/profile_decode.cpp and event_types.cpp.
profile_schema = json.load(open(f"{src}/schemas/profile.schema.json"))
milestone = profile_schema["$defs"]["milestone"]["properties"]
decode = open(f"{src}/lib/process/profile_decode.cpp", encoding="utf-8").read()
for key in ("owner", "calendar", "roll", "start"):
    listed = re.search(r'd\.choice\(v, f, ' + key + r', \{([^}]*)\}\)', decode)
    if not listed:
        fail(f"profile_decode.cpp: no choices found for {key}")
        continue
    if re.findall(r'"([a-z-]+)"', listed.group(1)) != [v for v in milestone[key]["enum"] if v]:
        fail(f"profile.schema.json {key} differs from profile_decode.cpp")
decoded_keys = re.findall(r'\{"([a-z_]+)",', decode)
for key in milestone:
    if key not in decoded_keys:
        fail(f"profile.schema.json milestone key {key} is not read by profile_decode.cpp")
events = open(f"{src}/lib/case/event_types.cpp", encoding="utf-8").read()
def choices_of(pattern):
    found = re.search(pattern, events, re.S)
    return re.findall(r'"([a-z-]+)"', found.group(1)) if found else None
applies = milestone["applies"]["properties"]
# The choices of the review decisions live in lib/case/review_terms.cpp, each with its meaning and
# source; event_types.cpp takes them from there, and the schemas must list the same.
terms_src = open(f"{src}/lib/case/review_terms.cpp", encoding="utf-8").read()
def terms(function):
    found = re.search(r'&\s*' + function + r'\(\)\s*\{(.*?)\n\}', terms_src, re.S)
    return re.findall(r'\{\s*"([a-z-]+)",\s*"', found.group(1)) if found else None
recommendations, panel_outcomes = terms("recommendation_terms"), terms("panel_outcome_terms")
publications, models = terms("publication_terms"), terms("lcspr_model_terms")
criteria, circumstances = terms("lcspr_criteria_terms"), terms("lcspr_circumstance_terms")
if recommendations != ["national-review", "local-review-independent", "multi-agency-learning",
                       "single-agency-learning", "no-review"] or not all(
        (panel_outcomes, publications, models, criteria, circumstances)):
    fail(f"review_terms.cpp: terms not found ({recommendations}, {panel_outcomes}, {publications})")
for key, want in (("screening", choices_of(r'\{"screening",.*?\{"outcome", K::choice,\s*\{([^}]*)\}')),
                  ("recommendation", recommendations), ("panel", panel_outcomes),
                  ("publication", publications)):
    if want != applies[key]["items"]["enum"]:
        fail(f"profile.schema.json applies.{key} {applies[key]['items']['enum']} differs from the source {want}")
if list(applies) != ["kinds", "screening", "recommendation", "panel", "publication"]:
    fail(f"profile.schema.json applies {list(applies)}: a decision is missing or extra")
# The event types and the choices of their fields in case.schema.json are those scr knows.
event_def = json.load(open(f"{src}/schemas/case.schema.json"))["$defs"]["event"]
known_types = re.findall(r'\{"([a-z][a-z-]*)",\s*"[^"]* [^"]*"', events)
if event_def["properties"]["type"]["anyOf"][0]["enum"] != known_types:
    fail(f"case.schema.json event types differ from event_types.cpp {known_types}")
then = {b["if"]["properties"]["type"]["const"]: b["then"] for b in event_def["allOf"]
        if "const" in b["if"]["properties"]["type"]}
if list(then) != known_types:
    fail(f"case.schema.json has no if/then for each event type of event_types.cpp: {list(then)}")
def enum_of(prop):
    return [v for v in (prop.get("enum") or prop.get("items", {}).get("enum") or []) if v is not None]
for type_, key, want in (("rapid-review-recommendation", "recommendation", recommendations),
                         ("rapid-review-recommendation", "criteria", criteria),
                         ("rapid-review-recommendation", "circumstances", circumstances),
                         ("chair-decision", "decision", recommendations),
                         ("rapid-review-submitted", "recommendation", recommendations),
                         ("rapid-review-submitted", "criteria", criteria),
                         ("rapid-review-submitted", "circumstances", circumstances),
                         ("panel-response", "outcome", panel_outcomes),
                         ("lcspr-model-agreed", "model", models),
                         ("publication-decided", "outcome", publications)):
    got = enum_of(then.get(type_, {}).get("properties", {}).get(key, {}))
    if got != want:
        fail(f"case.schema.json {type_}.{key} {got} differs from review_terms.cpp {want}")
for type_, required in (("rapid-review-recommendation", ["recommendation"]),
                        ("chair-decision", ["decision"]), ("publication-decided", ["outcome"])):
    if then.get(type_, {}).get("required") != required:
        fail(f"case.schema.json {type_} must require {required}")
# The case files scr review wrote hold every new event type.
written_types = {e["type"] for f in glob.glob(f"{work}/review/cases/*.yaml")
                 for e in load(f).get("events") or []}
for type_ in ("rapid-review-recommendation", "chair-decision", "rapid-review-submitted", "panel-response",
              "lcspr-decided", "lcspr-model-agreed", "publication-planned", "publication-decided"):
    if type_ not in written_types:
        fail(f"scr review wrote no {type_} event")

# The report outputs: the stages of the register are those of stage.cpp; each report was written
# with and without --redact; a redacted case report holds no name, e-mail, address, identifier or
# date of birth of its case file, an unredacted one names the child; and what scr review
# recorded reaches the case report, the register and the timeliness counts.
reports = {f.split("/")[-1][:-5]: load(f) for f in glob.glob(f"{work}/reports/*.json")}
stage_src = open(f"{src}/lib/case/stage.cpp", encoding="utf-8").read()
stages = set(re.findall(r'\{"[a-z-]+", "([a-z-]+)"\}', stage_src))
stages |= {"new", "queries", "no-further-action", "single-agency-learning"}
register_schema = json.load(open(f"{src}/schemas/report-register.schema.json"))
if set(register_schema["$defs"]["case"]["properties"]["stage"]["enum"]) != stages:
    fail(f"report-register.schema.json stages differ from stage.cpp {sorted(stages)}")
for name, doc in reports.items():
    if (name.startswith("register") or name.startswith("case-")) and doc["redacted"] != name.endswith("--redact"):
        fail(f"{name}.json: redacted is {doc['redacted']}")
for dir_ in ("demo", "review"):
    for report in ("register", "timeliness"):
        for redact in ("", "--redact"):
            if f"{report}-{dir_}{redact}" not in reports:
                fail(f"no {report}-{dir_}{redact}.json")
    root = f"{src}/examples/demo" if dir_ == "demo" else f"{work}/review"
    for f in sorted(glob.glob(f"{root}/cases/*.yaml")):
        case = load(f)
        secrets = [case["referrer"].get("name"), case["referrer"].get("email")]
        for child in case.get("children") or []:
            secrets += [child.get("name"), child.get("date_of_birth"), child.get("address")]
            secrets += list((child.get("identifiers") or {}).values())
        for member in case.get("household") or []:
            secrets += [member.get("name"), member.get("date_of_birth")]
        text = json.dumps(reports[f"case-{dir_}-{case['id']}--redact"], ensure_ascii=False)
        for secret in filter(None, secrets):
            if secret in text:
                fail(f"case-{dir_}-{case['id']}--redact.json shows {secret!r}")
        if case["children"][0]["name"] not in json.dumps(reports[f"case-{dir_}-{case['id']}"], ensure_ascii=False):
            fail(f"case-{dir_}-{case['id']}.json does not name the child")
reviewed = reports["case-review-2026-002"]
if [d["decision"] for d in reviewed["decisions"]] != [
        "rapid-review-recommendation", "chair-decision", "rapid-review-submitted", "panel-response",
        "lcspr-decided", "lcspr-model-agreed", "publication-decided", "publication-planned"]:
    fail(f"case-review-2026-002.json decisions {[d['decision'] for d in reviewed['decisions']]}")
lc = reviewed["lcspr"]
if ((lc["considered_in"] or {}).get("event") != "rapid-review-recommendation" or lc["model"] != "learning-circle"
        or lc["publication"]["decision"] != "not-publishable"
        or [c["id"] for c in lc["criteria"] if c["met"]] != ["improvements-needed", "multi-agency-working"]
        or [c["id"] for c in lc["circumstances"] if c["met"]] != ["cross-boundary"] or len(lc["questions"]) != 2):
    fail(f"case-review-2026-002.json lcspr {lc}")
if [(a["id"], a["status"]) for a in reviewed["actions"]] != [("A1", "pending"), ("A2", "met")]:
    fail(f"case-review-2026-002.json actions {reviewed['actions']}")
if not any(d["milestone"] == "lcspr-publish" and d["status"] == "not-required" for d in reviewed["deadlines"]):
    fail("case-review-2026-002.json: lcspr-publish is still owed after not-publishable")
row = next(c for c in reports["register-review"]["cases"] if c["case"] == "2026-002")
if row["recommendation"] != "multi-agency-learning" or row["stage"] != "lcspr":
    fail(f"register-review.json: 2026-002 {row}")
# scr review above added to the demo's one multi-agency-learning decision and one agree-meets.
tl, tl_demo = reports["timeliness-review"]["counts"], reports["timeliness-demo"]["counts"]
if (tl["recommendation"]["multi-agency-learning"] != tl_demo["recommendation"]["multi-agency-learning"] + 1
        or tl["panel"]["agree-meets"] != tl_demo["panel"]["agree-meets"] + 1):
    fail(f"timeliness-review.json counts {tl} against the demo's {tl_demo}")
for name in ("timeliness-demo", "timeliness-review", "timeliness-demo-november"):
    for m in reports[name]["milestones"]:
        if m["on_time"] + m["late"] != m["completed"]:
            fail(f"{name}.json {m['milestone']}: on_time + late != completed")
if reports["timeliness-demo"]["milestones"] == reports["timeliness-demo-november"]["milestones"]:
    fail("timeliness: a shorter period gave the same figures")

# Report outputs that break the contract are refused.
def broken_report(base, change):
    doc = copy.deepcopy(reports[base])
    change(doc)
    return doc
def with_next(doc):
    return next(c for c in doc["cases"] if c["next"])
bad_reports = {
    "report-register.schema.json": {
        "extra key": broken_report("register-demo", lambda d: d.update(colour="red")),
        "redacted missing": broken_report("register-demo", lambda d: d.pop("redacted")),
        "stage unknown": broken_report("register-demo", lambda d: d["cases"][0].update(stage="reviewing")),
        "next status met": broken_report("register-demo", lambda d: with_next(d)["next"].update(status="met")),
        "a child by name": broken_report("register-demo", lambda d: d["cases"][0].update(children=[{"name": "X"}])),
        "overdue without an overdue next": broken_report("register-demo", lambda d: with_next(d).update(
            overdue=1, next={**with_next(d)["next"], "status": "pending", "working_days_left": 3})),
    },
    "report-case.schema.json": {
        "redacted with a child's name": broken_report(
            "case-demo-2026-001--redact", lambda d: d["children"][0].update(name="X")),
        "redacted with an e-mail": broken_report(
            "case-demo-2026-001--redact", lambda d: d["referrer"].update(email="x@example.org")),
        "redacted with by": broken_report("case-demo-2026-001--redact", lambda d: d["chronology"][0].update(by="B")),
        "redacted with a household name": broken_report(
            "case-demo-2026-001--redact", lambda d: d["household"][0].update(name="X")),
        "redacted said unredacted": broken_report("case-demo-2026-001--redact", lambda d: d.update(redacted=False)),
        "unredacted without identifiers": broken_report(
            "case-demo-2026-001", lambda d: d["children"][0].pop("identifiers")),
        "decision unknown": broken_report(
            "case-review-2026-002", lambda d: d["decisions"][0].update(decision="verdict")),
        "criteria out of order": broken_report("case-review-2026-002", lambda d: d["lcspr"]["criteria"].reverse()),
        "publication maybe": broken_report(
            "case-review-2026-002", lambda d: d["lcspr"]["publication"].update(decision="maybe")),
        "action status late": broken_report("case-review-2026-002", lambda d: d["actions"][0].update(status="late")),
        "check result maybe": broken_report(
            "case-demo-2026-001", lambda d: d["criteria"]["checks"][0].update(result="maybe")),
        "deadlines missing": broken_report("case-demo-2026-001", lambda d: d.pop("deadlines")),
    },
    "report-timeliness.schema.json": {
        "extra key": broken_report("timeliness-demo", lambda d: d.update(colour="red")),
        "redacted missing": broken_report("timeliness-demo", lambda d: d.pop("redacted")),
        "count group missing": broken_report("timeliness-demo", lambda d: d["counts"].pop("panel")),
        "count value unknown": broken_report("timeliness-demo", lambda d: d["counts"]["kind"].update(other=1)),
        "negative count": broken_report("timeliness-demo", lambda d: d["milestones"][0].update(late=-1)),
        "median without longest": broken_report(
            "timeliness-demo", lambda d: d["milestones"][0].update(longest_working_days=None)),
        "no action-plan row": broken_report("timeliness-demo", lambda d: d["milestones"].pop()),
        "from not ISO": broken_report("timeliness-demo", lambda d: d.update({"from": "01/04/2026"})),
    },
}
for name, docs in bad_reports.items():
    validator = schema(name)
    for what, doc in docs.items():
        if not list(validator.iter_errors(doc)):
            fail(f"{name} accepts an output with {what}")

# The answer keys of the schemas are those of lib/case/model.cpp, in order, and each key's
# description starts with its question.
model = open(f"{src}/lib/case/model.cpp", encoding="utf-8").read()
keys = [(k, "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', q))) for k, q in
        re.findall(r'\{"([a-z_]+)", (?:true|false),\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\}', model)]
if len(keys) < 20:
    fail(f"found only {len(keys)} answer keys in lib/case/model.cpp")
case_answers = json.load(open(f"{src}/schemas/case.schema.json"))["properties"]["answers"]["properties"]
if list(case_answers) != [k for k, _ in keys]:
    fail(f"case.schema.json answers {list(case_answers)} differ from model.cpp {[k for k, _ in keys]}")
for k, question in keys:
    description = case_answers.get(k, {}).get("description", "")
    if not description.startswith(question):
        fail(f"case.schema.json answers.{k}: description does not start with {question!r}")
question_keys = json.load(open(f"{src}/schemas/triage.schema.json"))["$defs"]["question"]["properties"]["key"]["anyOf"][0]["enum"]
if question_keys != [k for k, _ in keys]:
    fail(f"triage.schema.json question keys differ from model.cpp")
print(f"{len(cases)} documents checked, {failed} failures")
sys.exit(1 if failed else 0)
PY
