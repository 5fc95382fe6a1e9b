# Guide "Researchers" · 研究人员指南: read the tables that export.ts writes, in Python (pandas).
# test/docs/guide-scripts.test.ts runs it where export.ts has run.
# #region read
import pandas as pd
report = pd.read_csv("report.csv", encoding="utf-8-sig")
nodes = pd.read_csv("nodes.csv", dtype={"score": str})  # keep exact decimals as text if needed
# #endregion read

# Not in the guide: what the test compares with report.json. A BOM left in would rename "Index";
# scores read as floats would lose "52.90" (and fail to join).
print(f"rows: {len(report)} report, {len(nodes)} nodes; first column: {report.columns[0]}")
print("first scores:", ", ".join(nodes["score"].head(3)))
