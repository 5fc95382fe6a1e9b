import type { Compiled } from '../model/compiled.js';

const keys = new WeakMap<Compiled, string>();

/**
 * What reading a batch and checking its gates and vetoes depend on in a model, as text: the
 * definition without what only later stages use (the weights and points of the profiles, the
 * selection, the version and provenance), and which nodes each sector scores. Two models with
 * the same key read every row alike, so a prepared batch reads once for both.
 */
export function readingKey(model: Compiled): string {
  const known = keys.get(model);
  if (known !== undefined) return known;
  const { version, provenance, selection, profile, sectors, ...rest } = model.model.definition;
  const key = JSON.stringify([
    rest,
    profile?.exclude ?? null,
    sectors.map((s) => [s.id, s.label, s.profile?.exclude ?? null]),
    model.sectorIds.map((id) =>
      (model.sectors.get(id)?.active ?? []).map((on) => (on ? 1 : 0)).join(''),
    ),
  ]);
  keys.set(model, key);
  return key;
}
