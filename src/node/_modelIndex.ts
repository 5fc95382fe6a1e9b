import type { Model, ModelNode } from 'youpin';
import { labelKey } from './_cells.js';

/** What a table reader needs to know of a model: leaves and sectors by id and by label. */
export interface ModelIndex {
  readonly leaves: ReadonlyMap<string, ModelNode>;
  /** Leaf ids by `labelKey` of their zh and en labels (several when a label is shared). */
  readonly leavesByLabel: ReadonlyMap<string, readonly string[]>;
  readonly sectorIds: ReadonlySet<string>;
  /** Sector ids by `labelKey` of their zh and en labels. */
  readonly sectorsByLabel: ReadonlyMap<string, readonly string[]>;
  /** The leaves active in each sector. */
  readonly active: ReadonlyMap<string, ReadonlySet<string>>;
  /** Facts that a rule reads as a list (`includesAny` / `includesAll`): a one-item cell is a list too. */
  readonly listFacts: ReadonlySet<string>;
  /** Per categorical leaf: category value by `labelKey` of its labels. */
  readonly categories: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Per points leaf: item id by `labelKey` of its labels (and of its id). */
  readonly items: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const cache = new WeakMap<Model, ModelIndex>();

/** Indexes a model once (cached per model). */
export function indexModel(model: Model): ModelIndex {
  const known = cache.get(model);
  if (known) return known;
  const leaves = new Map<string, ModelNode>();
  const leavesByLabel = new Map<string, string[]>();
  const categories = new Map<string, Map<string, string>>();
  const items = new Map<string, Map<string, string>>();
  const add = (map: Map<string, string[]>, text: string, id: string) => {
    const k = labelKey(text);
    const list = map.get(k) ?? [];
    if (!list.includes(id)) list.push(id);
    map.set(k, list);
  };
  for (const node of model.nodes) {
    if (node.kind !== 'leaf') continue;
    leaves.set(node.id, node);
    add(leavesByLabel, node.label.zh, node.id);
    add(leavesByLabel, node.label.en, node.id);
    const scoring = node.scoring;
    if (scoring?.method === 'categorical') {
      const table = new Map<string, string>();
      for (const c of scoring.categories) {
        if (!c.label) continue;
        // A label never shadows a category's own value.
        for (const text of [c.label.zh, c.label.en]) {
          const k = labelKey(text);
          if (!table.has(k)) table.set(k, c.value);
        }
      }
      categories.set(node.id, table);
    }
    if (scoring?.method === 'points') {
      const table = new Map<string, string>();
      for (const item of scoring.items) {
        if (!item.label) continue;
        for (const text of [item.label.zh, item.label.en]) {
          const k = labelKey(text);
          if (!table.has(k)) table.set(k, item.id);
        }
      }
      items.set(node.id, table);
    }
  }
  const sectorsByLabel = new Map<string, string[]>();
  const active = new Map<string, Set<string>>();
  for (const sector of model.sectors) {
    add(sectorsByLabel, sector.label.zh, sector.id);
    add(sectorsByLabel, sector.label.en, sector.id);
    active.set(
      sector.id,
      new Set(sector.weights.map((w) => w.node).filter((id) => leaves.has(id))),
    );
  }
  const index: ModelIndex = {
    leaves,
    leavesByLabel,
    sectorIds: new Set(model.sectors.map((s) => s.id)),
    sectorsByLabel,
    active,
    listFacts: listFacts(model.definition),
    categories,
    items,
  };
  cache.set(model, index);
  return index;
}

/** Every `{ fact, includesAny | includesAll }` condition anywhere in the definition. */
function listFacts(definition: unknown): Set<string> {
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record['fact'] === 'string' && ('includesAny' in record || 'includesAll' in record))
      found.add(record['fact']);
    for (const v of Object.values(record)) visit(v);
  };
  visit(definition);
  return found;
}
