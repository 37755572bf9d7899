"""The examples of the man pages (EXAMPLES), the recipes of crm(7)
(RECIPES) and the README's commands, run.

Called by tests/e2e/examples.sh in a scratch folder: python3 examples.py
TOP. Each source runs in a folder of its own, its commands in the order
they are written, so that one example may read what an earlier one
wrote. The files the examples name and do not make are fixtures, made
from the shipped samples (tests/data) or from the tables a page shows.
Every command must exit 0 and give output: standard output, or the file
it writes with > or -o. Where a page shows the output of a table it
gives itself, the output must be the same (a first line "..." stands for
lines left out); elsewhere a shown CSV header must be the one written.
A recipe's shown output must be the same whatever its input: it is the
output on the shipped sample.
"""
import os, re, shutil, subprocess, sys

TOP = os.path.abspath(sys.argv[1])
DATA = os.path.join(TOP, "tests", "data")
ROOT = os.getcwd()


def unescape(s):
    for a, b in (("\\-", "-"), ("\\e", "\\"), ("\\&", ""), ("\\(aq", "'"),
                 ("\\(dq", '"'), ("\\(mu", "x")):
        s = s.replace(a, b)
    return s


def run(cmd, **kw):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True,
                          **kw)


def complete(text):
    """A command ends where sh finds no quote, brace or loop open."""
    if text.rstrip().endswith(("\\", "|")):
        return False
    return subprocess.run(["sh", "-n", "-c", text], capture_output=True,
                          timeout=10).returncode == 0


def examples(blocks):
    """(command, shown output lines) for each "$ " line of the blocks."""
    for block in blocks:
        i = 0
        while i < len(block):
            if not block[i].startswith("$ "):
                i += 1
                continue
            cmd = block[i][2:]
            i += 1
            while not complete(cmd) and i < len(block) and \
                    not block[i].startswith("$ "):
                cmd += "\n" + block[i]
                i += 1
            shown = []
            while i < len(block) and not block[i].startswith("$ "):
                shown.append(block[i])
                i += 1
            yield cmd, shown


def page_blocks(path, section="EXAMPLES"):
    text = open(path).read().split(".SH " + section)[1].split("\n.SH ")[0]
    return [unescape(b).splitlines() for b in
            re.findall(r"^\.(?:nf|EX)\n(.*?)^\.(?:fi|EE)", text, re.S | re.M)]


def readme_blocks(path):
    """The README's commands: indented four, crm- or a comment's tools."""
    blocks, cur = [], []
    for line in open(path).read().splitlines():
        if re.match(r"    crm-[a-z]+ (?!.*:\s)", line) or \
                re.match(r"    crm-[a-z]+ [^:]*$", line):
            cur.append("$ " + line[4:])
        elif cur and line.startswith("        ") and \
                cur[-1].rstrip().endswith(("\\", "|")):
            cur.append(line[4:])
        elif cur:
            blocks.append(cur)
            cur = []
    return blocks + ([cur] if cur else [])


# ---- fixtures -------------------------------------------------------------

def sh(cmd, cwd):
    r = run(cmd, cwd=cwd)
    if r.returncode:
        sys.exit("fixture: %s: %s" % (cmd, r.stderr))


def pipeline(cwd, out, segment=True):
    """The sample's customer table, through crm-clv (and crm-segment)."""
    sh("crm-import -q --cancel-prefix C %s/retail-sample.csv | "
       "crm-rfm -q --segment-names | crm-abc -q | crm-clv -q --margin 0.3 "
       "%s >%s" % (DATA, "| crm-segment -q --scheme rfm" if segment else "",
                   out), cwd)


FIXTURES = {
    "OnlineRetail.csv": "iconv -f utf-8 -t latin1 %(d)s/retail-sample.csv "
                        ">OnlineRetail.csv",
    "export.csv": "cp %(d)s/retail-sample.csv export.csv",
    "cdnow-sample.txt": "cp %(d)s/cdnow-sample.txt .",
    "CDNOW_sample.txt": "cp %(d)s/cdnow-sample.txt CDNOW_sample.txt",
    "CDNOW_master.txt": "{ echo 'customer_id date number_of_cds "
                        "dollar_value'; cut -c7- %(d)s/cdnow-sample.txt; } "
                        ">CDNOW_master.txt",
    "gbk-orders.csv": "printf '\\344\\274\\232\\345\\221\\230\\345\\217\\267,"
                      "\\344\\272\\244\\346\\230\\223\\346\\227\\245\\346"
                      "\\234\\237,\\345\\256\\236\\344\\273\\230\\351\\207"
                      "\\221\\351\\242\\235\\nA01,2024-03-05,120.50\\n"
                      "B02,2024-03-06,88\\n' | iconv -f utf-8 -t gbk "
                      ">gbk-orders.csv",
    "export-de.csv": "printf 'Kunde;Datum;Betrag\\nK1;05.03.2024;"
                     "1.234,50 \\342\\202\\254\\nK2;25.03.2024;99,90 "
                     "\\342\\202\\254\\n' >export-de.csv",
    "shop.csv": "printf 'customer_id,order_date,amount,email,phone\\n"
                "a1,2024-01-02,10,ann@example.com,555-0101\\n"
                "a2,2024-02-03,20,ann@example.com,\\n"
                "b1,2024-02-04,5,,555-0199\\n' >shop.csv",
    "sales.csv": "printf 'member,day,paid\\nm1,2024-05-01,10\\n"
                 "m2,2024-04-01,20\\nm1,2024-05-20,5\\n' >sales.csv",
    "accounts.csv": "printf 'Account,Revenue\\nAcme,5000\\nBeta,1200\\n"
                    "Gamma,300\\nDelta,0\\n' >accounts.csv",
    "plan.csv": "cp %(t)s/cmd/crm-segment/plans/rfm.csv plan.csv",
    "master.csv": "cp %(d)s/retail-master.csv master.csv",
    "online_retail.csv.gz": "iconv -f utf-8 -t latin1 %(d)s/retail-sample.csv "
                            "| gzip >online_retail.csv.gz",
    "orders.csv": "crm-import -q --cancel-prefix C %(d)s/retail-sample.csv "
                  ">orders.csv",
    "tx.csv": "crm-import -q --cancel-prefix C %(d)s/retail-sample.csv "
              ">tx.csv",
    "rfm.csv": "crm-import -q --cancel-prefix C %(d)s/retail-sample.csv | "
               "crm-rfm -q >rfm.csv",
}


# Where a page's example needs another file of the same name.
PAGE_FIXTURES = {
    # a clean export: --max-rejects 1% is for exports that are
    ("crm-import.1", "export.csv"): "awk -F, 'NR == 1 || $7 != \"\"' "
                                    "%(d)s/retail-sample.csv >export.csv",
}


def fixture(src, name, cwd):
    if (src, name) in PAGE_FIXTURES:
        sh(PAGE_FIXTURES[src, name] % {"d": DATA, "t": TOP}, cwd)
    elif name in FIXTURES:
        sh(FIXTURES[name] % {"d": DATA, "t": TOP}, cwd)
    elif name == "customers.csv":
        pipeline(cwd, name, segment=False)
    elif name == "tiers.csv":
        pipeline(cwd, name)
    elif name == "last-week.csv":
        # the sample as it stood a week before its last invoice
        sh("crm-import -q --cancel-prefix C %s/retail-sample.csv | "
           "awk -F, 'NR == 1 || $2 < \"2011-12-02\"' >early.csv" % DATA, cwd)
        sh("crm-rfm -q --segment-names early.csv | crm-abc -q | crm-clv -q "
           "--margin 0.3 | crm-segment -q --scheme rfm >last-week.csv", cwd)


def needs(cmd):
    return set(re.findall(r"[\w.-]+\.(?:csv|txt|sum|rules|xlsx|gz)\b", cmd))


# ---- running --------------------------------------------------------------

def written(cmd):
    """The file a command writes its output to (>FILE at its end, or -o
    FILE), or None: standard output."""
    m = re.search(r">\s*([\w./-]+)\s*(?:#.*)?$", cmd.strip()) or \
        re.search(r"(?:^|\s)-o\s+([\w./-]+)", cmd)
    return m.group(1) if m else None


def files(cwd):
    """Each file's modification time and size."""
    return {f: (st.st_mtime_ns, st.st_size) for f, st in
            ((f, os.stat(os.path.join(cwd, f))) for f in os.listdir(cwd))
            if os.path.isfile(os.path.join(cwd, f))}


def header(line):
    return re.fullmatch(r"[A-Za-z_][\w%]*(,[A-Za-z_][\w%]*)+", line)


# Examples no shipped file can serve, and why.
UNSERVED = {
    "sales.xlsx": "no shipped workbook has a title above its header on "
                  "its second sheet",
}


def check(src, cwd, cmd, shown, given, made, strict):
    for name in needs(cmd) & set(UNSERVED):
        return "skip", UNSERVED[name]
    exe = re.match(r"\s*(?:[{(]\s*)?([\w.-]+)", cmd).group(1)
    if exe not in ("for", "{", "awk") and shutil.which(exe) is None:
        return "skip", "no %s" % exe
    for name in needs(cmd) - made:
        if not os.path.exists(os.path.join(cwd, name)):
            fixture(src, name, cwd)
    before = files(cwd)
    r = run(cmd, cwd=cwd, timeout=300)
    if r.returncode:
        return "fail", "exit %d: %s" % (r.returncode, r.stderr.strip()[-500:])
    for line in r.stderr.splitlines():
        if "internal" in line or "Sanitizer" in line:
            return "fail", line
    if cmd.startswith("for "):	# a loop of parts: its parts are checked later
        return "ok", ""
    out = written(cmd)
    if out == "/dev/null":
        return "ok", ""
    if out:
        made.add(out)
        path = os.path.join(cwd, out)
        if not os.path.exists(path) or os.path.getsize(path) == 0:
            return "fail", "nothing written to " + out
        got = open(path, errors="replace").read().splitlines()
    else:
        got = r.stdout.splitlines()
        # no standard output: files made (awk's parts, a loop's)
        if not got and not any(s for f, (t, s) in files(cwd).items()
                               if before.get(f, (0, 0))[0] != t):
            return "fail", "no output"
    # what the page shows: stdout only, lines joined where it breaks them
    want = []
    for line in shown:
        if want and want[-1].endswith("\\"):
            want[-1] = want[-1][:-1] + line
        elif not line.startswith(("crm-", " ")) or want:
            want.append(line)
    want = [w for w in want if not w.startswith("crm-")]
    if want and not out:
        if strict or (needs(cmd) and needs(cmd) <= given):
            if want[0] == "...":
                want, got = want[1:], got[-(len(want) - 1):]
            if got != want:
                return "fail", "output differs:\n" + "\n".join(got[:20])
        elif header(want[0]) and got and got[0] != want[0]:
            return "fail", "header %s, the page shows %s" % (got[0], want[0])
    return "ok", ""


def page_tables(path, blocks, section="EXAMPLES"):
    """The tables a page gives by name: a block that is all data and that
    the text just before names (hw.csv, now.csv...)."""
    text = unescape(open(path).read().split(".SH " + section)[1]
                    .split("\n.SH ")[0])
    names = re.findall(r"\(\s*([\w-]+\.csv)\b", text)
    tables = [b for b in blocks if b and not any(l.startswith("$ ")
                                                   for l in b)]
    return dict(zip(names, tables))


def main():
    ran = bad = skipped = 0
    # scripts/weekly-tier-list under its installed name, as its page runs it
    bindir = os.path.join(ROOT, "bin")
    os.makedirs(bindir)
    wrapper = os.path.join(bindir, "crm-weekly-tier-list")
    open(wrapper, "w").write('#!/bin/sh\nexec "%s/scripts/weekly-tier-list" "$@"\n'
                             % TOP)
    os.chmod(wrapper, 0o755)
    os.environ["PATH"] = bindir + os.pathsep + os.environ["PATH"]
    sources = [(f, "EXAMPLES") for f in
               sorted(os.listdir(os.path.join(TOP, "man")))
               if f.endswith(".1")] + [("crm.7", "RECIPES"), ("README", "")]
    for src, section in sources:
        cwd = os.path.join(ROOT, src)
        os.makedirs(cwd)
        if src == "README":
            blocks = readme_blocks(os.path.join(TOP, src))
            for d in ("tests", "cmd"):
                os.symlink(os.path.join(TOP, d), os.path.join(cwd, d))
            os.makedirs(os.path.join(cwd, "build"))
            given = set()
        else:
            path = os.path.join(TOP, "man", src)
            blocks = page_blocks(path, section)
            tables = page_tables(path, blocks, section)
            for name, lines in tables.items():
                open(os.path.join(cwd, name), "w").write(
                    "\n".join(lines) + "\n")
            given = set(tables)
        made = set(given)
        n = 0
        for cmd, shown in examples(blocks):
            n += 1
            how, why = check(src, cwd, cmd, shown, given, made,
                             section == "RECIPES")
            if how == "skip":
                skipped += 1
                print("%s: skipped (%s): %s" % (src, why, cmd.splitlines()[0]))
                continue
            ran += 1
            if how == "fail":
                bad += 1
                print("%s: FAIL: %s\n  %s" % (src, cmd, why))
        if n == 0:
            bad += 1
            print("%s: no examples found" % src)
    print("%d examples run, %d failed, %d skipped" % (ran, bad, skipped))
    return 1 if bad else 0


sys.exit(main())
