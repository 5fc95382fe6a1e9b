# Guide "Researchers" · 研究人员指南: read the tables that export.ts writes, in R.
# test/docs/guide-scripts.test.ts runs it with Rscript where export.ts has run, in the C locale:
# in a UTF-8 locale R drops the BOM of report.csv by itself, in others (R before 4.2 on Windows)
# only fileEncoding = "UTF-8-BOM" does.
# #region read
report <- read.csv("report.csv", fileEncoding = "UTF-8-BOM")
nodes  <- read.csv("nodes.csv")
# #endregion read

# Not in the guide: what the test compares with report.json (a BOM left in would rename "Index").
cat(sprintf("rows: %d report, %d nodes; first column: %s\n", nrow(report), nrow(nodes), names(report)[1]))
