#!/bin/sh
# README "Command line". test/docs/guide-scripts.test.ts runs each command in an empty project
# (with `npm install` standing for a link to this repository's build), where examples/ links to the
# repository's, as in a clone, and applicants.xlsx is a copy of the sample workbook.
# #region cli
npm install youpin exceljs  # exceljs only to read .xlsx files
npx youpin score examples/data/sample-batch.csv
npx youpin score applicants.xlsx --sheet 申报数据 --out report.html --benchmark haopinShandong
# #endregion cli
