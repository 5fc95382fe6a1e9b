import type { FactInput, LeafInput, Model, ModelNode, NodeInput, SeriesInput } from 'youpin';
import { labelKey } from './_cells.js';

/** What a table reader needs to know of a model: leaves and sectors by id and by label. */
export interface ModelIndex {
  /** The model's definition (its rules, for the coverage check) and its sectors' labels. */
  readonly definition: Model['definition'];
  readonly leaves: ReadonlyMap<string, ModelNode>;
  /** Leaf ids by `labelKey` of their zh and en labels (several when a label is shared). */
  readonly leavesByLabel: ReadonlyMap<string, readonly string[]>;
  readonly sectorIds: ReadonlySet<string>;
  /** Sector ids by `labelKey` of their zh and en labels. */
  readonly sectorsByLabel: ReadonlyMap<string, readonly string[]>;
  /** The leaves active in each sector. */
  readonly active: ReadonlyMap<string, ReadonlySet<string>>;
  /** Declared facts by id. */
  readonly facts: ReadonlyMap<string, FactInput>;
  /** Fact ids by `labelKey` of their id, labels and aliases. */
  readonly factsByHeader: ReadonlyMap<string, readonly string[]>;
  /** Declared series by id. */
  readonly series: ReadonlyMap<string, SeriesInput>;
  /** Series ids by `labelKey` of their id, labels and aliases. */
  readonly seriesByHeader: ReadonlyMap<string, readonly string[]>;
  /** Every header the model knows (labels, aliases, ids), for "did you mean" suggestions. */
  readonly knownHeaders: readonly string[];
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
  const aliases = leafAliases(model.definition.tree);
  for (const node of model.nodes) {
    if (node.kind !== 'leaf') continue;
    leaves.set(node.id, node);
    add(leavesByLabel, node.label.zh, node.id);
    add(leavesByLabel, node.label.en, node.id);
    for (const alias of aliases.get(node.id) ?? []) add(leavesByLabel, alias, node.id);
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
  const facts = new Map<string, FactInput>();
  const factsByHeader = new Map<string, string[]>();
  for (const fact of model.definition.facts ?? []) {
    facts.set(fact.id, fact);
    for (const name of [fact.id, fact.label.zh, fact.label.en, ...(fact.aliases ?? [])])
      add(factsByHeader, name, fact.id);
  }
  const series = new Map<string, SeriesInput>();
  const seriesByHeader = new Map<string, string[]>();
  for (const s of model.definition.series ?? []) {
    series.set(s.id, s);
    for (const name of [s.id, s.label.zh, s.label.en, ...(s.aliases ?? [])])
      add(seriesByHeader, name, s.id);
  }
  const knownHeaders = [
    ...[...leaves.values()].flatMap((n) => [n.id, n.label.zh, n.label.en]),
    ...[...aliases.values()].flat(),
    ...[...facts.values()].flatMap((f) => [f.id, f.label.zh, f.label.en, ...(f.aliases ?? [])]),
    ...[...series.values()].flatMap((s) => [s.label.zh, s.label.en]),
  ];
  const index: ModelIndex = {
    definition: model.definition,
    leaves,
    leavesByLabel,
    sectorIds: new Set(model.sectors.map((s) => s.id)),
    sectorsByLabel,
    active,
    facts,
    factsByHeader,
    series,
    seriesByHeader,
    knownHeaders,
    categories,
    items,
  };
  cache.set(model, index);
  return index;
}

/** The aliases of each leaf (other headers people write for it). */
function leafAliases(root: NodeInput): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  const stack: NodeInput[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as NodeInput;
    if ('children' in node) stack.push(...node.children);
    else if ((node as LeafInput).aliases) out.set(node.id, (node as LeafInput).aliases ?? []);
  }
  return out;
}
