// Guide "Service developers" · 服务开发者指南: the core of examples/service/server.ts, without HTTP.
// #region answer
import { type EntityInput, explain, type Model, narrate, safeDefineModel, safeScore } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const MAX_REPORT = 64 * 1024 * 1024; // the largest answer, in bytes

// A report repeats the model for every row (about 10 KB with 聊城优品): estimate its size from an
// empty row per sector, before scoring, so that a small body cannot ask for a huge answer.
function reportBytes(model: Model, entities: readonly EntityInput[]): number {
  const rows = new Map<string, number>();
  const rowOf = (sector: string) => {
    const one = safeScore(model, [{ id: 'x', sector, values: {} }]);
    return one.success ? JSON.stringify(one.data.entities[0]).length : 0;
  };
  let total = 0;
  for (const entity of entities) {
    const known = model.sectors.find((s) => s.id === entity?.sector)?.id ?? '';
    if (!rows.has(known)) rows.set(known, rowOf(known));
    total += rows.get(known) ?? 0;
  }
  return total;
}

function answer(body: { entities?: unknown; model?: unknown }, explainId?: string) {
  if (!Array.isArray(body.entities)) {
    return { status: 400, body: { issues: [{ code: 'invalid_batch', path: ['entities'] }] } };
  }
  const defined = safeDefineModel(body.model ?? liaocheng2024);
  if (!defined.success) {
    const issues = defined.error.issues.map((i) => ({ ...i, path: ['model', ...i.path] }));
    return { status: 400, body: { issues } };
  }
  if (reportBytes(defined.data, body.entities) > MAX_REPORT) {
    return { status: 413, body: { issues: [{ code: 'report_too_large', path: ['entities'] }] } };
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
const tiny = Array.from({ length: 12_000 }, (_, i) => ({
  id: `${i}`,
  sector: 'services',
  values: {},
}));
console.log(answer({ entities: tiny }).status); // → 413
// #endregion answer
