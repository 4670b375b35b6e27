#!/usr/bin/python3
"""Generates a partnership directory with N realistic, valid case files for the deadlines benchmark.

Usage: gen_cases.py N DIR [--now YYYY-MM-DD] [--seed S]

DIR gets scr.yaml (as `scr init` writes it, statutory profile, England and Wales) and
cases/YYYY-NNN.yaml, one per case, about 1.1 KB each, in the key order scr writes. Each case's
timeline is simulated from its referral to the stage it has reached by NOW (default 2027-06-30,
the benchmark's as-of date): serious incidents go through aware, referral-received, screening
(meets-rapid-review, no-further-action, single-agency-learning or queries-to-referrer, sometimes
screened twice), notified, the Rapid Review, the Panel's response, the LCSPR decision, a
(sometimes replanned) publication date, the report copy, publication and closure; cases of concern
and learning requests take shorter paths. Some cases carry action-plan items (due, sometimes
done, some late) and agreed extensions (sometimes two for one milestone: the last wins). Events
after NOW are left out, except planned publication dates; an earlier --as-of meets events that
have not happened yet by then.

Referrals are received from 2019-01-02 to a week before NOW, so the count crosses Christmas and
New Year, Easter and the one-off bank holidays of 2020, 2022 and 2023; no date the deadlines
touch goes past 2028, the last year of tests/data/govuk-bank-holidays.json. IDs are numbered per
received year in date order (2019-001, ...); past 999 in a year they widen (2023-1000), which the
ID format allows. Deterministic: the same N, NOW and seed give the same bytes.
"""
import argparse
import datetime as dt
import os
import random

D = dt.date
DAY = dt.timedelta(days=1)

FIRST = ["Alex", "Riley", "Jordan", "Casey", "Taylor", "Morgan", "Jamie", "Avery", "Quinn",
         "Rowan", "Sky", "Harley", "Reese", "Emerson", "Frankie", "Kit", "Robin", "Sasha"]
SURNAME = ["Sample", "Example", "Test", "Specimen", "Demo", "Placeholder", "Mockford",
           "Fictive", "Dummett", "Prototype", "Instance", "Modelle"]
AGENCIES = ["Exampletown Children's Social Care", "Exampletown Hospital Trust", "Example Police",
            "Example Primary School", "Example Academy", "Example Community Health",
            "Example Ambulance Service", "Exampletown Youth Justice Service",
            "Example Mental Health Trust", "Example GP Practice"]
ROLES = ["Team Manager", "Designated Safeguarding Lead", "Health Visitor", "Detective Sergeant",
         "Named Nurse", "Social Worker", "Paediatric Consultant", "Head Teacher"]
ETHNICITY = ["White British", "Mixed White and Black Caribbean", "Asian British - Pakistani",
             "Black British - African", "White Other", "Any other ethnic group"]
AREAS = ["Exampletown", "Sampleford", "Testbury"]
SUMMARIES = {
    "serious-incident": [
        "Brought to the emergency department with a fractured femur; the explanation given did not fit the injury.",
        "Admitted with a head injury and bruising of different ages; the parents' accounts differ.",
        "Found unresponsive at home after co-sleeping; the family was known to early help.",
        "Disclosed long-term neglect at home and was admitted with malnutrition.",
        "Seriously assaulted near school; had been missing from home three times this year.",
        "Ingested a parent's prescribed methadone and needed intensive care.",
    ],
    "case-of-concern": [
        "Pre-birth assessment not started although the referral was accepted at twenty weeks.",
        "Repeated missed health appointments were not shared with the allocated social worker.",
        "Strategy discussion delayed after a disclosure at school over a half-term holiday.",
        "Concerns about exploitation were recorded by three agencies but never brought together.",
    ],
    "learning-request": [
        "Good joint working between police and school after a missing episode; worth sharing.",
        "A health visitor noticed a pattern across siblings that others had missed.",
        "Transition between child and adult mental health services raised questions.",
        "Information sharing at the front door worked well out of hours.",
    ],
}
SCREEN_WHY = {
    "meets-rapid-review": "Suspected abuse and serious harm; several agencies.",
    "no-further-action": "Not abuse or neglect; no multi-agency learning.",
    "single-agency-learning": "Learning for one agency only.",
    "queries-to-referrer": "Ask whether the family was known to social care.",
}
RECOMMEND = ["local-review-independent", "multi-agency-learning", "national-review",
             "single-agency-learning", "no-review"]
RECOMMEND_WHY = "Missed chances to share concerns across agencies."
CRITERIA = ["improvements-needed", "recurrent-themes", "multi-agency-working"]
ACTIONS = [
    "Share the learning brief on bruising in non-mobile babies with all GP practices.",
    "Audit the use of the pre-birth protocol across the three localities.",
    "Add missed health appointments to the information-sharing checklist.",
    "Run a practice workshop on professional curiosity for school safeguarding leads.",
    "Review the out-of-hours escalation route with the police.",
    "Update the neglect toolkit and brief team managers on its use.",
]
OWNERS = ["Designated Nurse", "Business Unit", "Head of Service", "Detective Inspector",
          "Education Safeguarding Lead", "Learning and Development Lead"]
EXT_REASONS = ["Criminal investigation delayed agency returns.",
               "Criminal proceedings delay agency participation.",
               "The family asked for more time to contribute.",
               "A key agency's chronology arrived late."]
EXT_BY = ["National Panel", "Partnership Chair", "Independent Scrutineer"]
SCR_YAML = """# yaml-language-server: $schema=schemas/scr.schema.json
name: Benchtown Safeguarding Children Partnership
division: england-and-wales
profiles:
  - statutory
closures: []
"""


def quoted(s):
    """A YAML scalar as scr's YamlWriter writes it (plain unless a reader could misread it)."""
    reserved = {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "<<", "=", ".nan"}
    if (not s or s[0] in "-?:,[]{}#&*!|>'\"%@`" or ": " in s or " #" in s or s.endswith(":")
            or s.lower() in reserved or s[0].isdigit()):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def nhs_number(rng):
    while True:
        digits = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def weekday_after(day, rng, lo, hi):
    """A date lo..hi calendar days after `day`, moved off a weekend (offices do not meet then)."""
    d = day + rng.randint(lo, hi) * DAY
    while d.weekday() >= 5:
        d += DAY
    return d


class Case:
    def __init__(self, rng, kind, received):
        self.rng, self.kind, self.received = rng, kind, received
        self.events = []      # (date, type, [(key, value-as-written)])
        self.actions = []
        self.extensions = []

    def event(self, day, type_, *fields):
        self.events.append((day, type_, list(fields)))


def simulate(rng, kind, received):
    c = Case(rng, kind, received)
    r = received
    if kind == "serious-incident":
        incident = r - rng.randint(1, 10) * DAY
        c.incident = incident
        aware = None
        if rng.random() < 0.9:
            aware = incident + rng.randint(0, 3) * DAY
            aware = min(aware, r)
            c.event(aware, "aware")
        c.event(r, "referral-received")
        s = weekday_after(r, rng, 0, 6)
        first = rng.choices(list(SCREEN_WHY), weights=[62, 14, 10, 14])[0]
        c.event(s, "screening", ("outcome", first), ("rationale", SCREEN_WHY[first]))
        outcome = first
        if first == "queries-to-referrer" and rng.random() < 0.6:
            outcome = rng.choice(["meets-rapid-review", "no-further-action"])
            s = weekday_after(s, rng, 2, 8)
            c.event(s, "screening", ("outcome", outcome), ("rationale", SCREEN_WHY[outcome]))
        end = s
        if outcome in ("meets-rapid-review", "queries-to-referrer"):
            base = aware or r
            notified = weekday_after(base, rng, 1, 9)  # sometimes after the 5 working days
            c.event(notified, "notified")
            meeting = weekday_after(notified, rng, 10, 20)
            c.event(meeting, "rapid-review-meeting")
            submitted = weekday_after(meeting, rng, 1, 10)
            rec = rng.choices(RECOMMEND, weights=[40, 25, 5, 15, 15])[0]
            crit = rng.sample(CRITERIA, rng.randint(1, 2))
            c.event(submitted, "rapid-review-submitted", ("recommendation", rec),
                    ("criteria", "[" + ", ".join(crit) + "]"), ("rationale", RECOMMEND_WHY))
            end = submitted
            if rng.random() < 0.93:
                response = weekday_after(submitted, rng, 8, 30)
                agree = rng.choices(["agree-meets", "agree-not-meets", "disagree"], weights=[70, 22, 8])[0]
                if rec in ("no-review", "single-agency-learning") and agree == "agree-meets":
                    agree = "agree-not-meets"
                c.event(response, "panel-response", ("outcome", agree))
                end = response
                if agree == "agree-meets" or (agree == "disagree" and rng.random() < 0.5):
                    decided = weekday_after(response, rng, 0, 12)
                    c.event(decided, "lcspr-decided")
                    model = weekday_after(decided, rng, 4, 14)
                    c.event(model, "lcspr-model-agreed",
                            ("model", rng.choice(["learning-circle", "independent-author"])),
                            ("reviewer", rng.choice(FIRST) + " Reviewer"))
                    plan = weekday_after(decided, rng, 150, 200)
                    c.event(plan, "publication-planned")
                    end = model
                    if rng.random() < 0.25:  # replanned: the latest counts for the report copy
                        plan = weekday_after(plan, rng, 20, 60)
                        c.event(plan, "publication-planned")
                    sent = plan - rng.randint(3, 16) * DAY
                    while sent.weekday() >= 5:
                        sent -= DAY
                    if rng.random() < 0.9:
                        c.event(sent, "report-sent")
                    published = weekday_after(plan, rng, 0, 25)
                    if rng.random() < 0.9:
                        c.event(published, "published")
                        end = published
    elif kind == "case-of-concern":
        c.incident = r - rng.randint(3, 40) * DAY
        if rng.random() < 0.3:  # the local authority knew first; no Panel notification for a COC
            c.event(c.incident + rng.randint(0, 3) * DAY, "aware")
        c.event(r, "referral-received")
        meeting = weekday_after(r, rng, 5, 20)
        met = rng.random() < 0.55
        c.event(meeting, "professionals-meeting",
                ("outcome", "criteria-met" if met else "criteria-not-met"),
                ("rationale", "Early warning sign; learning for several agencies."
                 if met else "A single-agency matter."))
        end = meeting
        if met and rng.random() < 0.3:  # escalated: notified, so the Rapid Review clock runs
            notified = weekday_after(meeting, rng, 1, 5)
            c.event(notified, "notified")
            submitted = weekday_after(notified, rng, 14, 28)
            c.event(submitted, "rapid-review-submitted", ("recommendation", "multi-agency-learning"),
                    ("rationale", RECOMMEND_WHY))
            end = submitted
    else:
        c.incident = r - rng.randint(5, 60) * DAY
        c.event(r, "referral-received")
        s = weekday_after(r, rng, 2, 15)
        outcome = rng.choice(["single-agency-learning", "no-further-action", "queries-to-referrer"])
        c.event(s, "screening", ("outcome", outcome), ("rationale", SCREEN_WHY[outcome]))
        end = s
    # Action plan: due some weeks after the last step; most done, some late, some open.
    if rng.random() < 0.3:
        texts = rng.sample(ACTIONS, rng.choice([1, 1, 2, 3]))
        for i, text in enumerate(texts):
            due = end + rng.randint(10, 90) * DAY  # sometimes a weekend: due dates are as agreed
            done = None
            if rng.random() < 0.65:
                done = due + rng.randint(-20, 12) * DAY
            c.actions.append((f"A{i + 1}", text, rng.choice(OWNERS), due, done))
    # Agreed extensions, to a milestone the case has, later than its own due date (roughly):
    # the last one in the file wins.
    latest = {}
    for day, type_, _ in c.events:
        latest[type_] = day
    later = {m: latest[t] + rng.randint(lo, hi) * DAY
             for m, t, lo, hi in (("rapid-review", "notified", 25, 60),
                                  ("panel-response", "rapid-review-submitted", 25, 50),
                                  ("lcspr-publish", "lcspr-decided", 190, 300),
                                  ("report-copy", "publication-planned", -8, -2)) if t in latest}
    later.update({f"action:{a[0]}": a[3] + rng.randint(7, 60) * DAY for a in c.actions})
    if later and rng.random() < 0.12:
        m = rng.choice(sorted(later))
        for n in range(2 if rng.random() < 0.2 else 1):
            c.extensions.append((m, later[m] + 14 * n * DAY, rng.choice(EXT_BY), rng.choice(EXT_REASONS)))
    # Closed a while after the last step, unless someone forgot (then its milestones still show).
    if rng.random() < 0.85:
        last = max([e[0] for e in c.events if e[1] != "publication-planned"] +
                   [a[4] or a[3] for a in c.actions])
        c.event(weekday_after(last, rng, 14, 60), "closed")
    c.events.sort(key=lambda e: e[0])  # stable: scr keeps the timeline in date order
    return c


def drop_future(c, now):
    """What the register holds on `now`: no event after it except a planned publication date."""
    c.events = [e for e in c.events if e[0] <= now or e[1] == "publication-planned"]
    # A plan whose decision has not been taken yet is not in the file either.
    if not any(e[1] == "lcspr-decided" for e in c.events):
        c.events = [e for e in c.events if e[1] != "publication-planned"]
    c.actions = [(i, a, o, due, done if done and done <= now else None) for i, a, o, due, done in c.actions]
    # Actions are agreed at the Rapid Review or after: none before the case's last step by now.
    if not c.events or max(e[0] for e in c.events if e[0] <= now) < c.received + 10 * DAY:
        c.actions = []
    keep = {f"action:{a[0]}" for a in c.actions} | {"rapid-review", "panel-response", "lcspr-publish", "report-copy"}
    c.extensions = [x for x in c.extensions if x[0] in keep]


def render(c, case_id, rng):
    kind = c.kind
    out = ["# yaml-language-server: $schema=../schemas/case.schema.json",
           f"id: {case_id}", f"kind: {kind}", f"received: {c.received}"]
    ref_first, ref_last = rng.choice(FIRST), rng.choice(SURNAME)
    agency = rng.choice(AGENCIES)
    out += ["referrer:", f"  name: {ref_first} {ref_last}", f"  role: {rng.choice(ROLES)}",
            f"  agency: {quoted(agency)}"]
    if rng.random() < 0.5:
        out.append(f"  email: {ref_first.lower()}.{ref_last.lower()}@example.org")
    family = rng.choice(SURNAME)
    out.append("children:")
    n_children = 1 if rng.random() < 0.8 else 2
    for i in range(n_children):
        born = c.incident - rng.randint(60, 6000) * DAY
        out.append(f"  - name: {rng.choice(FIRST)} {family}")
        if rng.random() < 0.9:  # otherwise scr shows Child A, Child B by position
            out.append(f"    pseudonym: Child {'ABCDEFGHJKLMNPRSTW'[rng.randrange(16) + i]}")
        out.append(f"    date_of_birth: {born}")
        if rng.random() < 0.5:
            out.append(f"    gender: {rng.choice(['male', 'female'])}")
            out.append(f"    ethnicity: {rng.choice(ETHNICITY)}")
        if i == 0 and rng.random() < 0.4:
            out += ["    identifiers:", f"      nhs: \"{nhs_number(rng)}\""]
    if rng.random() < 0.3:
        out += ["household:", f"  - name: {rng.choice(FIRST)} {family}",
                f"    relationship: {rng.choice(['mother', 'father', 'stepfather', 'grandmother'])}"]
    out.append("incident:")
    if kind == "serious-incident" or rng.random() < 0.5:
        out.append(f"  date: {c.incident}")
    out.append(f"  summary: {rng.choice(SUMMARIES[kind])}")
    out.append(f"  local_authority: {rng.choice(AREAS)}")
    out += ["answers:"]
    if kind == "serious-incident":
        out += [f"  abuse_or_neglect: {rng.choice(['known', 'suspected', 'unknown'])}",
                f"  died: {rng.choice(['no', 'no', 'yes'])}", "  seriously_harmed: yes",
                "  in_area: yes", f"  known_to_social_care: {rng.choice(['yes', 'no', 'unknown'])}"]
    else:
        out += ["  died: no", "  seriously_harmed: no",
                f"  multi_agency_learning: {rng.choice(['yes', 'unknown'])}"]
    out.append("agencies:")
    for a in rng.sample(AGENCIES, rng.randint(1, 2)):
        out.append(f"  - name: {quoted(a)}")
    out.append("events:")
    for day, type_, fields in c.events:
        out += [f"  - date: {day}", f"    type: {type_}"]
        for k, v in fields:
            out.append(f"    {k}: {v if v.startswith('[') else quoted(v)}")
    if c.actions:
        out.append("actions:")
        for i, text, owner, due, done in c.actions:
            out += [f"  - id: {i}", f"    action: {quoted(text)}", f"    owner: {owner}", f"    due: {due}"]
            if done:
                out.append(f"    done: {done}")
    if c.extensions:
        out.append("extensions:")
        for m, until, by, reason in c.extensions:
            out += [f"  - milestone: {quoted(m)}", f"    until: {until}", f"    agreed_by: {by}",
                    f"    reason: {reason}"]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("dir")
    ap.add_argument("--now", default="2027-06-30", help="the day the register is as of")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    now = D.fromisoformat(args.now)
    first, last = D(2019, 1, 2), now - 7 * DAY
    if now > D(2028, 6, 30):
        ap.error("--now after 2028-06-30: due dates would pass the end of the official holiday data")
    rng = random.Random(args.seed)
    span = (last - first).days
    received = sorted(first + rng.randrange(span + 1) * DAY for _ in range(args.n))
    os.makedirs(os.path.join(args.dir, "cases"), exist_ok=True)
    with open(os.path.join(args.dir, "scr.yaml"), "w", encoding="utf-8") as f:
        f.write(SCR_YAML)
    seq = {}
    for r in received:
        seq[r.year] = seq.get(r.year, 0) + 1
        case_id = f"{r.year:04}-{seq[r.year]:03}"
        kind = rng.choices(["serious-incident", "case-of-concern", "learning-request"], weights=[60, 25, 15])[0]
        c = simulate(rng, kind, r)
        drop_future(c, now)
        with open(os.path.join(args.dir, "cases", case_id + ".yaml"), "w", encoding="utf-8") as f:
            f.write(render(c, case_id, rng))


if __name__ == "__main__":
    main()
