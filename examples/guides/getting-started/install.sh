#!/bin/sh
# Guide "Getting started" · 快速入门: install. test/docs/guide-scripts.test.ts runs each command in
# an empty project, with `npm install` standing for a link to this repository's build.
# #region install
npm install youpin          # Node ≥ 20; also runs in browsers · 需要 Node ≥ 20，也可在浏览器中运行
npm install exceljs         # only to read .xlsx files · 仅在读取 .xlsx 文件时需要
# #endregion install
