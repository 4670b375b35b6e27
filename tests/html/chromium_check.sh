#!/usr/bin/env bash
# The HTML reports as a browser shows them: Debian's headless Chromium renders the case report and
# the register (plain and --redact) from a copy of examples/demo, and Python (the standard library
# and python3-yaml) checks the rendered DOM, that the page logged nothing to the console (no script errors, no
# fetch refused by the Content-Security-Policy), a 1200x1600 screenshot (not blank; a late
# milestone is a red bar, and a case with nothing late has none) and an A4 PDF print.
# Usage: chromium_check.sh SOURCE_DIR SCR_BINARY
# Exit 77 (skipped) without chromium or chromium-browser on PATH: `scripts/install-deps --browser`.
# With KEEP_SCREENSHOTS=DIR the screenshots and PDFs are copied to DIR for a person to look at.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 SOURCE_DIR SCR_BINARY" >&2
    exit 2
fi
src=$1
scr=$2

browser=""
for b in chromium chromium-browser; do
    if command -v "$b" >/dev/null 2>&1; then
        browser=$(command -v "$b")
        break
    fi
done
if [ -z "$browser" ]; then
    echo "chromium_check: no chromium or chromium-browser on PATH (scripts/install-deps --browser): skipped"
    exit 77
fi
py=/usr/bin/python3
if ! "$py" -c 'import yaml' 2>/dev/null; then
    echo "chromium_check: /usr/bin/python3 with python3-yaml missing (scripts/install-deps): skipped"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$src/examples/demo" "$work/demo"
mkdir "$work/out"

# ---------------------------------------------------------------------------------------------
# The checks, in Python with the standard library only (plus python3-yaml, a test dependency
# already, to list the demo's personal data that --redact must leave out).
cat > "$work/check.py" <<'PYTHON'
import argparse
import glob
import re
import struct
import sys
import zlib
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children, self.text = [], []

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def all(self, tag=None, cls=None):
        for c in self.children:
            if (tag is None or c.tag == tag) and (cls is None or cls in c.classes()):
                yield c
            yield from c.all(tag, cls)

    def find(self, tag=None, cls=None):
        return list(self.all(tag, cls))

    def content(self):
        return "".join(self.text) + "".join(c.content() for c in self.children)

    def string(self):
        return " ".join(self.content().split())


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.text.append(data)


failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
    return ok


def personal_data(demo):
    """Names, contact details, addresses, identifiers and dates of birth in the demo's cases."""
    import yaml
    found = set()
    for path in glob.glob(demo + "/cases/*.yaml"):
        with open(path, encoding="utf-8") as f:
            case = yaml.safe_load(f)
        ref = case.get("referrer") or {}
        for key in ("name", "email", "phone"):
            if ref.get(key):
                found.add(str(ref[key]))
        for person in (case.get("children") or []) + (case.get("household") or []):
            for key in ("name", "address", "date_of_birth"):
                if person.get(key):
                    found.add(str(person[key]))
            for value in (person.get("identifiers") or {}).values():
                found.add(str(value))
    return found


def table_ok(table, label):
    heads = [th for th in table.find("th") if th.parent.parent.tag == "thead"]
    rows = [tr for tbody in table.find("tbody") for tr in tbody.find("tr")]
    check(heads, f"{label}: a table with no header cells")
    for tr in rows:
        cells = [c for c in tr.children if c.tag in ("td", "th")]
        check(len(cells) == len(heads),
              f"{label}: a row of {len(cells)} cells under {len(heads)} headers: {tr.string()[:80]}")
    return rows


def section(doc, title):
    for s in doc.find("section"):
        h2 = s.find("h2")
        if h2 and h2[0].string() == title:
            return s
    return None


def dom(args):
    with open(args.file, encoding="utf-8") as f:
        doc = Tree()
        doc.feed(f.read())
        doc = doc.root
    label = args.label
    text = doc.string()
    # Self-contained: nothing to fetch, no script, and the CSP that forbids fetching is in place.
    for tag in ("script", "link", "iframe", "object", "embed", "img", "base"):
        check(not doc.find(tag), f"{label}: has a <{tag}>")
    for node in doc.all():
        for name, value in node.attrs.items():
            if name == "xmlns" or value is None:
                continue
            check(not re.search(r"(https?|ftp)://|^//", value),
                  f"{label}: <{node.tag} {name}={value!r}> points outside the page")
    csp = [m for m in doc.find("meta") if (m.attrs.get("http-equiv") or "").lower() ==
           "content-security-policy"]
    check(csp and "default-src 'none'" in (csp[0].attrs.get("content") or ""),
          f"{label}: no Content-Security-Policy with default-src 'none'")
    h1 = doc.find("h1")
    check(len(h1) == 1 and h1[0].string() == args.h1,
          f"{label}: h1 {[h.string() for h in h1]}, expected [{args.h1!r}]")
    tables = doc.find("table", "data")
    check(len(tables) >= args.tables, f"{label}: {len(tables)} tables, expected {args.tables}+")
    for t in tables:
        table_ok(t, label)
    svgs = doc.find("svg")
    check(len(svgs) == 1, f"{label}: {len(svgs)} <svg>, expected 1")
    if not svgs:
        return
    svg = svgs[0]
    check(svg.parent.tag == "figure" and "chart" in svg.parent.classes(),
          f"{label}: the <svg> is not in a figure.chart")
    check(svg.attrs.get("role") == "img" and svg.attrs.get("viewbox"),
          f"{label}: the <svg> has no role=img or viewBox")
    check(svg.find("title") and svg.find("desc"), f"{label}: the <svg> has no <title>/<desc>")
    for t in svg.find("text"):
        check(t.string(), f"{label}: an empty <text> in the <svg>")
    late = svg.find(cls="late")
    if args.redacted:
        check(doc.find("p", "redacted"), f"{label}: --redact but no p.redacted notice")
        leaked = sorted(s for s in personal_data(args.demo) if s in text)
        check(not leaked, f"{label}: --redact shows {leaked}")
    else:
        check(not doc.find(cls="redacted"), f"{label}: a redacted notice without --redact")
        if args.kind == "case":  # the list of personal data is right: the plain report shows some
            check(any(s in text for s in personal_data(args.demo)),
                  f"{label}: shows none of the personal data that --redact leaves out")

    if args.kind == "case":
        events = svg.find("circle", "event")
        milestones = svg.find("g", "milestone")
        check(svg.find("line", "as-of"), f"{label}: the timeline has no as-of line")
        chron = section(doc, "Chronology")
        if check(chron is not None, f"{label}: no Chronology section"):
            rows = [tr for tr in chron.find("tr") if tr.parent.tag == "tbody"]
            check(len(events) == len(rows) and rows,
                  f"{label}: {len(events)} events on the timeline, {len(rows)} in the table")
        dl = section(doc, "Deadlines")
        overdue = 0
        if check(dl is not None, f"{label}: no Deadlines section"):
            rows = [tr for tr in dl.find("tr") if tr.parent.tag == "tbody"]
            check(len(milestones) == len(rows) and rows,
                  f"{label}: {len(milestones)} milestones on the timeline, {len(rows)} deadlines")
            overdue = len(dl.find("td", "status-overdue")) + len(dl.find("td", "status-missed"))
        if args.late:
            check(late, f"{label}: no class=\"late\" in the timeline of a case with a late milestone")
            check(overdue, f"{label}: no overdue or missed deadline in the table")
            for r in late:
                check(r.attrs.get("fill", "").lower() == "#c53030",
                      f"{label}: a late bar filled {r.attrs.get('fill')}, not #c53030")
        else:
            check(not late, f"{label}: {len(late)} class=\"late\" in the timeline of a case on time")
            check(not overdue, f"{label}: {overdue} deadlines overdue or missed in a case on time")
            check(svg.find(cls="met") or svg.find(cls="open"),
                  f"{label}: no met or open milestone on the timeline")
    else:
        meta = {dt.string(): dt_next(dt) for dt in doc.find("dt")}
        cases = [tr for tr in tables[0].find("tr") if tr.parent.tag == "tbody"] if tables else []
        check(meta.get("Cases") == str(len(cases)),
              f"{label}: 'Cases' says {meta.get('Cases')}, the table has {len(cases)} rows")
        buckets = svg.find("g", "bucket")
        check(len(buckets) >= 2, f"{label}: {len(buckets)} buckets in the chart")
        total, per_unit = 0, set()
        for b in buckets:
            counts = b.find("text", "count")
            if not check(len(counts) == 1 and counts[0].string().isdigit(),
                         f"{label}: a bucket without one numeric count text"):
                continue
            n = int(counts[0].string())
            total += n
            bars = [r for r in b.find("rect")]
            check(bool(bars) == (n > 0), f"{label}: a bucket of {n} with {len(bars)} bars")
            if n:
                height = sum(float(r.attrs.get("height", 0)) for r in bars)
                per_unit.add(round(height / n, 1))
        check(len(per_unit) <= 1, f"{label}: bar heights not proportional to counts: {per_unit}")
        check(meta.get("Open milestones") == str(total),
              f"{label}: 'Open milestones' says {meta.get('Open milestones')}, the chart {total}")
        overdue_rows = len(tables[0].find("td", "status-overdue")) if tables else 0
        first = buckets[0].find("text", "count") if buckets else []
        n_overdue = int(first[0].string()) if first and first[0].string().isdigit() else 0
        check(n_overdue >= overdue_rows and (n_overdue > 0) == bool(late),
              f"{label}: overdue bucket {n_overdue}, {overdue_rows} cases overdue, "
              f"{len(late)} late bars")
        if args.late:
            check(n_overdue > 0, f"{label}: no overdue milestone in the chart")


def dt_next(dt):
    siblings = dt.parent.children
    i = siblings.index(dt)
    return siblings[i + 1].string() if i + 1 < len(siblings) else None


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat = 8, []
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        elif ftype != 0:
            raise ValueError(f"bad PNG filter {ftype}")
        rows.append(bytes(line))
        prev = line
    if bpp == 4:
        rows = [bytes(b for i, b in enumerate(r) if i % 4 != 3) for r in rows]
    return width, height, rows


def bar_rows(rows, colour, tolerance=28, min_run=24):
    """How many pixel rows hold a run of at least min_run pixels close to colour: a solid bar is
    10+ rows of those, while text, a legend swatch or a hatched bar has none."""
    r0, g0, b0 = colour
    found, pixels = 0, 0
    for row in rows:
        run = best = 0
        for x in range(0, len(row), 3):
            r, g, b = row[x], row[x + 1], row[x + 2]
            if abs(r - r0) <= tolerance and abs(g - g0) <= tolerance and abs(b - b0) <= tolerance:
                run += 1
                pixels += 1
                best = max(best, run)
            else:
                run = 0
        found += best >= min_run
    return found, pixels


def hexrgb(s):
    s = s.lstrip("#")
    return tuple(int(s[i:i + 2], 16) for i in (0, 2, 4))


def png(args):
    label = args.label
    width, height, rows = read_png(args.file)
    check((width, height) == (1200, 1600), f"{label}: screenshot {width}x{height}, not 1200x1600")
    colours, ink = set(), 0
    for row in rows[::4]:
        for x in range(0, len(row), 12):
            px = row[x:x + 3]
            colours.add(px)
            ink += px != b"\xff\xff\xff"
    sampled = len(rows[::4]) * ((width + 3) // 4)
    check(ink / sampled > 0.02 and len(colours) > 16,
          f"{label}: screenshot looks blank ({ink / sampled:.1%} ink, {len(colours)} colours)")
    red_rows, red_px = bar_rows(rows, hexrgb("#c53030"))
    print(f"  {label}: {red_px} pixels near #c53030, {red_rows} rows of a solid red bar")
    if args.red_bar == "yes":
        check(red_rows >= 8, f"{label}: no solid red (#c53030) bar: {red_rows} rows")
    elif args.red_bar == "no":
        check(red_rows == 0, f"{label}: a red (#c53030) bar ({red_rows} rows) but nothing is late")
    if args.min_red:
        check(red_px >= args.min_red, f"{label}: {red_px} red pixels, expected {args.min_red}+")
    for colour in args.bar or []:
        n, _ = bar_rows(rows, hexrgb(colour))
        check(n >= 8, f"{label}: no solid {colour} bar ({n} rows)")


def pdf(args):
    label = args.label
    with open(args.file, "rb") as f:
        data = f.read()
    check(data.startswith(b"%PDF-"), f"{label}: not a PDF")
    check(len(data) > 1024, f"{label}: PDF of {len(data)} bytes")
    pages = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))
    check(1 <= pages <= 20, f"{label}: PDF of {pages} pages")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    a4 = [b for b in boxes if abs(float(b[0]) - 595.3) < 3 and abs(float(b[1]) - 841.9) < 3]
    check(boxes and len(a4) == len(boxes), f"{label}: pages not A4: {set(boxes)}")
    print(f"  {label}: {pages} A4 pages, {len(data)} bytes")


p = argparse.ArgumentParser()
sub = p.add_subparsers(dest="cmd", required=True)
d = sub.add_parser("dom")
d.add_argument("file")
d.add_argument("--label", required=True)
d.add_argument("--kind", choices=["case", "register"], required=True)
d.add_argument("--h1", required=True)
d.add_argument("--tables", type=int, default=1)
d.add_argument("--late", action="store_true")
d.add_argument("--redacted", action="store_true")
d.add_argument("--demo", required=True)
s = sub.add_parser("png")
s.add_argument("file")
s.add_argument("--label", required=True)
s.add_argument("--red-bar", choices=["yes", "no", "any"], default="any")
s.add_argument("--min-red", type=int, default=0)
s.add_argument("--bar", action="append")
f = sub.add_parser("pdf")
f.add_argument("file")
f.add_argument("--label", required=True)
args = p.parse_args()
{"dom": dom, "png": png, "pdf": pdf}[args.cmd](args)
for what in failures:
    print("FAIL " + what)
sys.exit(1 if failures else 0)
PYTHON

# ---------------------------------------------------------------------------------------------
# Chromium without a network: a new empty profile each run, nothing in the background, no host
# name resolves; it logs the page's console to stderr.
chromium() {
    local log=$1
    shift
    local profile
    profile=$(mktemp -d "$work/profile.XXXXXX")
    if ! timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-default-apps --disable-extensions --host-resolver-rules="MAP * ~NOTFOUND" \
        --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@" 2>"$log"; then
        echo "FAIL chromium $*"
        tail -20 "$log"
        exit 1
    fi
    rm -rf "$profile"
}

# The page logged nothing: no script error, nothing refused by the Content-Security-Policy
# (Chromium says "Refused to ..." or "... violates the following Content Security Policy ...").
console_clean() {
    local log=$1 label=$2
    if grep -E ':CONSOLE|Uncaught|Refused|Content Security Policy' "$log"; then
        echo "FAIL $label: the page logged to the console (above)"
        exit 1
    fi
}

failed=0
# page NAME AS_OF H1 DOM-ARGS... -- PNG-ARGS... -- SCR-ARGS...
page() {
    local name=$1 as_of=$2 h1=$3
    shift 3
    local dom_args=() png_args=()
    while [ "$1" != "--" ]; do dom_args+=("$1"); shift; done
    shift
    while [ "$1" != "--" ]; do png_args+=("$1"); shift; done
    shift
    local html="$work/out/$name.html" url="file://$work/out/$name.html"
    SCR_TODAY=$as_of "$scr" -C "$work/demo" "$@" --format html -o "$html"
    echo "$name: scr $* (as of $as_of)"

    chromium "$work/out/$name.dom.log" --dump-dom "$url" > "$work/out/$name.dom.html"
    console_clean "$work/out/$name.dom.log" "$name"
    "$py" "$work/check.py" dom "$work/out/$name.dom.html" --label "$name" --h1 "$h1" \
        --demo "$work/demo" "${dom_args[@]}" || failed=1

    chromium "$work/out/$name.png.log" --hide-scrollbars --window-size=1200,1600 \
        --screenshot="$work/out/$name.png" "$url" > /dev/null
    console_clean "$work/out/$name.png.log" "$name"
    "$py" "$work/check.py" png "$work/out/$name.png" --label "$name" "${png_args[@]}" || failed=1

    chromium "$work/out/$name.pdf.log" --no-pdf-header-footer --print-to-pdf="$work/out/$name.pdf" \
        "$url" > /dev/null
    console_clean "$work/out/$name.pdf.log" "$name"
    "$py" "$work/check.py" pdf "$work/out/$name.pdf" --label "$name" || failed=1

    if [ -n "${KEEP_SCREENSHOTS:-}" ]; then
        mkdir -p "$KEEP_SCREENSHOTS"
        cp "$work/out/$name.png" "$work/out/$name.pdf" "$KEEP_SCREENSHOTS/"
    fi
}

# 2026-002 is overdue on 2026-12-20: a solid red late bar. 2026-012 on 2026-12-01 (notified, inside
# its 15 working days) has its first four milestones met and the rest still open, nothing late:
# green and blue bars, no red one (its agency returns fall overdue on 2026-12-03). The register on
# 2026-12-20: an overdue bar (hatched red) and a blue one.
for redact in "" --redact; do
    sfx=${redact:+-redacted}
    page "case-2026-002-overdue$sfx" 2026-12-20 "Rapid Review report: case 2026-002" \
        --kind case --tables 3 --late ${redact:+--redacted} -- \
        --red-bar yes -- report case 2026-002 $redact
    page "case-2026-012-on-time$sfx" 2026-12-01 "Rapid Review report: case 2026-012" \
        --kind case --tables 3 ${redact:+--redacted} -- \
        --red-bar no --bar "#2f855a" --bar "#2b6cb0" -- report case 2026-012 $redact
    page "register$sfx" 2026-12-20 "Case register" \
        --kind register --tables 1 --late ${redact:+--redacted} -- \
        --red-bar any --min-red 1000 --bar "#2b6cb0" -- report register $redact
done

if [ -n "${KEEP_SCREENSHOTS:-}" ]; then
    echo "screenshots and PDFs kept in $KEEP_SCREENSHOTS"
fi
if [ "$failed" -ne 0 ]; then
    echo "chromium_check: FAILED"
    exit 1
fi
echo "chromium_check: all pages render as expected"
