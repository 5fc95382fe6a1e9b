#!/bin/sh
# Guide "Service developers" · 服务开发者指南: ask the running service (server.sh).
# test/docs/guide-scripts.test.ts runs each command and checks the answer in the comment below it;
# its curl configuration sends localhost:8787 to the port the test's server listens on.
# #region curl
curl -s -X POST localhost:8787/score -H 'content-type: application/json' \
  -d '{"entities":[{"id":"A","sector":"services","values":{}}]}'
curl -s -X POST localhost:8787/score -d '{"entities":"nope"}'
# {"issues":[{"code":"invalid_batch","path":["entities"],"message":"\"entities\" must be an array of applicants","messageZh":"\"entities\" 必须是申报对象数组"}]}
# #endregion curl
