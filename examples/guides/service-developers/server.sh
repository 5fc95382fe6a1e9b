#!/bin/sh
# Guide "Service developers" · 服务开发者指南: start the example service from the repository's
# root. test/docs/guide-scripts.test.ts runs it in the background (PORT set to a free port), then
# curl.sh against it.
# #region server
node --import tsx examples/service/server.ts      # PORT=… to change the port (default 8787) · 用 PORT=… 更改端口
# #endregion server
