#!/bin/sh
# Guide "City teams" · 城市团队指南: the command line, step by step. test/docs/guide-scripts.test.ts
# runs each command in an empty project (with `npm install` standing for a link to this
# repository's build, applicants.xlsx a copy of the sample workbook, and for "years"
# applicants-2025.json, applicants-2026.json and events-2025.json copies of examples/data's), checks that it exits 0
# and that it prints the comment lines right below it.

# #region init
npm install youpin exceljs
npx youpin init --preset liaocheng2024 --out city.json
# Wrote city.json: model city 0.1.0, a copy of liaocheng2024 (liaocheng-youpin 2024.1-proposed).
npx youpin init --preset liaocheng2024 --out jinan.json --id jinan-youpin --name-zh 济南优品 --name-en "Jinan Premium Products"
# #endregion init

# #region workbench
npx youpin workbench --out workbench # then open workbench/index.html · 然后打开 workbench/index.html
# Wrote the workbench to workbench: open workbench/index.html in a browser
# #endregion workbench

# #region validate
npx youpin validate --model city.json                 # the model alone · 只校验模型
npx youpin validate applicants.xlsx --model city.json # model and data, cell by cell · 模型和数据，定位到单元格
# #endregion validate

# #region score
npx youpin score applicants.xlsx --model city.json                # a table per sector · 每个行业一张表
# ⚠ 3 applicants need expert re-scoring before publication
npx youpin score applicants.xlsx --model city.json --out 公示.html # the page for public notice · 公示页面
npx youpin score applicants.xlsx --model city.json --out 结果.csv  # for Excel (UTF-8 with BOM) · 供 Excel 使用
npx youpin explain M001 applicants.xlsx --model city.json         # one applicant, in sentences · 用语句解释一个申报对象
# #endregion score

# #region years
npx youpin edition make applicants.xlsx --model city.json --id 2024 --out edition-2024.json
# Wrote edition-2024.json: edition 2024 of 2024-06-30, 127 applicants, 20 selected, 0 barred by a re-application ban
npx youpin register edition-2024.json --save register.json --as-of 2024-07-01 --format csv --out 称号名录.csv
npx youpin monitor register.json events-2025.json --model city.json --as-of 2025-06-01 --save register.json
# Annual check of 2025-06-01: 5 changes
npx youpin edition make applicants-2025.json --model city.json --id 2025 --date 2025-06-30 \
  --register register.json --previous edition-2024.json --out edition-2025.json
# Wrote edition-2025.json: edition 2025 of 2025-06-30, 127 applicants, 20 selected, 2 barred by a re-application ban
npx youpin register edition-2025.json --previous register.json --save register.json --out 称号名录.html
npx youpin edition html edition-2025.json --register register.json --previous edition-2024.json --out 第2025届.html
npx youpin edition make applicants-2026.json --model city.json --id 2026 --date 2026-06-30 \
  --register register.json --previous edition-2024.json,edition-2025.json --out edition-2026.json
# Wrote edition-2026.json: edition 2026 of 2026-06-30, 127 applicants, 20 selected, 2 barred by a re-application ban
npx youpin edition replay edition-2024.json   # years later: the same report, to the byte · 逐字节相同
# edition-2024.json: scored again, the report is identical to the byte
# #endregion years
