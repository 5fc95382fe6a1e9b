#!/bin/sh
# README "Install". test/docs/guide-scripts.test.ts runs it in an empty project, with `npm install`
# standing for a link to this repository's build.
# #region install
npm install youpin
# #endregion install
