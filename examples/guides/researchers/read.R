# Guide "Researchers" · 研究人员指南: read the tables that export.ts writes, in R.
# test/docs/guide-scripts.test.ts runs it with Rscript where export.ts has run, in the C locale:
# in a UTF-8 locale R drops the BOM of report.csv by itself, in others (R before 4.2 on Windows)
# only fileEncoding = "UTF-8-BOM" does.
# #region read
report <- read.csv("report.csv", fileEncoding = "UTF-8-BOM")  # labels, for people
codes  <- read.csv("codes.csv", colClasses = c(total = "character", selected = "logical"))
# Exact figures stay text ("52.90" keeps its zero); as.numeric() when a float is enough.
nodes  <- read.csv("nodes.csv", colClasses = "character", na.strings = character(0),
                   encoding = "UTF-8")
leaves <- subset(nodes, status == "scored" & kind == "leaf")
by_applicant <- tapply(as.numeric(leaves$contribution), leaves$id, sum, na.rm = TRUE)
# #endregion read

# Not in the guide: what the test compares (a BOM left in would rename "Index"). Every cell read
# back as the text written: the characters of all cells add up to what the file holds.
cat(sprintf("rows: %d report, %d nodes; first column: %s\n", nrow(report), nrow(nodes), names(report)[1]))
cat(sprintf("first scores: %s\n", paste(nodes$score[2:4], collapse = ", ")))
cat(sprintf("characters in cells: %d\n", sum(nchar(as.matrix(nodes), type = "bytes"))))
totals <- setNames(as.numeric(nodes$exact[nodes$node == "total"]), nodes$id[nodes$node == "total"])
cat(sprintf("contributions add up to the totals: %s\n",
            all(abs(by_applicant - totals[names(by_applicant)]) < 1e-9)))
cat(sprintf("selected is logical: %s, %d selected\n", is.logical(codes$selected), sum(codes$selected)))
