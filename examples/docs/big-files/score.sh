#!/bin/sh
# docs/big-files.md "Use it" · 用法: a CSV file scored to CSV is streamed. test/docs/guide-scripts.test.ts
# runs it in a project where youpin is installed and applicants.csv is a copy of the sample batch.
# #region score
npx youpin score applicants.csv --format csv --out results.csv
# #endregion score
