#!/bin/sh
# README "Quickstart": the two commands that CI runs on a fresh clone. The tests do not run this
# file: `npm ci` would replace node_modules under the running tests, and `npm test` runs the tests
# themselves. test/docs/guide-scripts.test.ts checks instead that .ci/run ends with `npm ci` and
# `npm test` (CI runs the second line as written), that `npm test` runs the demo through
# `npm run examples`, and it runs `npm run demo` itself.
# #region quickstart
npm ci && npm run demo   # run the 聊城优品 programme on the bundled sample batch: eligibility, scores, the list per sector
npm ci && npm test       # the full check: types, lint, build, package checks, examples, docs, tests
# #endregion quickstart
