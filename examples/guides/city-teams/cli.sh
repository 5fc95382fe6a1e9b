#!/bin/sh
# Guide "City teams" · 城市团队指南: the command line, step by step. test/docs/guide-scripts.test.ts
# runs each command in an empty project (with `npm install` standing for a link to this
# repository's build, and applicants.xlsx a copy of the sample workbook), checks that it exits 0
# and that it prints the comment lines right below it.

# #region init
npm install youpin exceljs
npx youpin init --preset liaocheng2024 --out city.json
# Wrote city.json: model city 0.1.0, a copy of liaocheng2024 (liaocheng-youpin 2024.1-proposed).
npx youpin init --preset liaocheng2024 --out jinan.json --id jinan-youpin --name-zh 济南优品 --name-en "Jinan Premium Products"
# #endregion init

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
