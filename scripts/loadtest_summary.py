"""Print the figures `make loadtest` reports from locust's stats CSV; exit 1 on any error."""

import csv
import sys

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
print(f"{'endpoint':28} {'requests':>8} {'errors':>6} {'req/s':>7} {'p50':>6} {'p95':>6} {'p99':>6}  (ms)")
for row in rows:
    print(
        f"{row['Name'][:28]:28} {row['Request Count']:>8} {row['Failure Count']:>6} {float(row['Requests/s']):7.1f}"
        f" {row['50%']:>6} {row['95%']:>6} {row['99%']:>6}"
    )
total = next(row for row in rows if row["Name"] == "Aggregated")
print(
    f"\nthroughput {float(total['Requests/s']):.1f} req/s, p50 {total['50%']} ms, p95 {total['95%']} ms, "
    f"p99 {total['99%']} ms, errors {total['Failure Count']} of {total['Request Count']}"
)
sys.exit(1 if int(total["Failure Count"]) else 0)
