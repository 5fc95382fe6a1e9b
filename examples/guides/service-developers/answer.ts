// Guide "Service developers" · 服务开发者指南: the core of examples/service/server.ts, without HTTP.
// #region answer
import { type EntityInput, explain, narrate, safeDefineModel, safeScore } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

function answer(body: { entities?: unknown; model?: unknown }, explainId?: string) {
  if (!Array.isArray(body.entities)) {
    return { status: 400, body: { issues: [{ code: 'invalid_batch', path: ['entities'] }] } };
  }
  const defined = safeDefineModel(body.model ?? liaocheng2024);
  if (!defined.success) {
    const issues = defined.error.issues.map((i) => ({ ...i, path: ['model', ...i.path] }));
    return { status: 400, body: { issues } };
  }
  const scored = safeScore(defined.data, body.entities as EntityInput[]);
  if (!scored.success) return { status: 400, body: { issues: scored.error.issues } };
  if (explainId === undefined) return { status: 200, body: scored.data };
  const explanation = explain(scored.data, explainId);
  const sentences = {
    zh: narrate(explanation, { locale: 'zh-CN' }),
    en: narrate(explanation, { locale: 'en' }),
  };
  return { status: 200, body: { explanation, sentences } };
}

console.log(answer({ entities: 'nope' }).status); // → 400
console.log(answer({ entities: [{ id: 'A', sector: 'services', values: {} }] }).status); // → 200
const { status, body } = answer({ entities: [], model: { ...liaocheng2024, version: 7 } });
console.log(status, JSON.stringify(body)); // → 400 {"issues":[{"code":"invalid_type","path":["model","version"],…}]}
// #endregion answer
