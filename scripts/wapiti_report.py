"""Reads wapiti JSON reports. Attack modules (xss, sql, exec, crlf, redirect, file) must have found nothing; every
finding of the header, cookie and CSP modules must match a line of scan-wapiti-explained.tsv (category, a text the
finding's info contains, and the start of the report names it may appear in), each explained in docs/security.md. Prints every finding; exits 1 on any other."""
import json
import os
import sys

explained_file, *reports = sys.argv[1:]
explained = []
for line in open(explained_file, encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        category, text, reports_named = (line.rstrip("\n").split("\t") + [""])[:3]
        explained.append((category, text, reports_named))

problems = 0
for path in reports:
    report = json.load(open(path, encoding="utf-8"))
    name = os.path.basename(path)
    print(f"== {path}")
    for kind in ("vulnerabilities", "anomalies"):
        for category, findings in report.get(kind, {}).items():
            for finding in findings:
                info = finding.get("info", "")
                where = f'{finding.get("method", "")} {finding.get("path", "")}'
                ok = any(c == category and t in info and name.startswith(r) for c, t, r in explained)
                problems += 0 if ok else 1
                print(f'  {"explained" if ok else "UNEXPLAINED"} [{kind}] {category}: {info} ({where})')
print(f"{problems} unexplained findings")
sys.exit(1 if problems else 0)
