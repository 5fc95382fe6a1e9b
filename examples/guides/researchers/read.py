# Guide "Researchers" · 研究人员指南: read the tables that export.ts writes, in Python (pandas).
# test/docs/guide-scripts.test.ts runs it where export.ts has run.
# #region read
import pandas as pd
from decimal import Decimal, getcontext

report = pd.read_csv("report.csv", encoding="utf-8-sig")  # labels, for people
codes = pd.read_csv("codes.csv", dtype={"total": str})  # codes, for scripts
# Exact figures stay text: "52.90" keeps its zero, "38.2285148309444201320422899…" its digits.
nodes = pd.read_csv("nodes.csv", dtype=str, keep_default_na=False)
scored = nodes[(nodes.status == "scored") & (nodes.kind == "leaf")]
getcontext().prec = 50
by_applicant = scored.groupby("id")["contribution"].apply(lambda c: sum(Decimal(x) for x in c if x))
# #endregion read

# Not in the guide: what the test compares. A BOM left in would rename "Index"; scores read as
# floats would lose "52.90"; written back, the long table must be the file byte for byte.
print(f"rows: {len(report)} report, {len(nodes)} nodes; first column: {report.columns[0]}")
print("first scores:", ", ".join(nodes["score"].iloc[1:4]))
with open("nodes.csv", encoding="utf-8") as f:
    same = nodes.to_csv(index=False, lineterminator="\n") == f.read()
print("round trip:", "identical" if same else "different")
totals = nodes[nodes.node == "total"].set_index("id")["exact"]
exact = all(abs(by_applicant[i] - Decimal(totals[i])) < Decimal("1e-20") for i in by_applicant.index)
print("contributions add up to the exact totals:", exact)
