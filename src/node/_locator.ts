import type { PathSegment } from 'youpin';
import type { CellLocation } from './types.js';

// Where each value of a batch came from. Core issue paths (['entities', i, 'values', leaf] …) are
// located by their longest known prefix, falling back to the entity's row. File issues that
// concern no entity carry a path of their own: ['rows', r] or ['rows', r, 'columns', header] in a
// CSV file, ['sheets', name, 'rows', r, …] in a workbook.
//
// Memory stays small for large batches: the rows of the applicants' table share one layout per
// sector (which column holds which path), and only the rows of the long sheets (expert scores,
// events, series) and the rare row that deviates from its layout have entries of their own.

/** A place of its own: a row of a sheet, with the columns of the fields below it. */
export interface Place {
  readonly sheet: string | null;
  readonly row: number;
  readonly column: string | null;
  /** For a row of a long sheet: the next path segment (`score`, `date` …) → its column. */
  readonly fields?: ReadonlyMap<string, string | null> | undefined;
}

/** Collects locations while a table is read, and answers `locate`. */
export interface Locator {
  /**
   * Registers the row of entity `index` and its layout: path key (see {@link pathKey}) → the
   * column it came from, shared by the rows of a sector.
   */
  entity(
    index: number,
    sheet: string | null,
    row: number,
    layout: ReadonlyMap<string, string> | null,
  ): void;
  /** Registers a place for a path below entity `index` (`['panels', 'm_Q2', 3]`); the first stays. */
  place(index: number, suffix: readonly PathSegment[], place: Place): void;
  readonly locate: (path: readonly PathSegment[]) => CellLocation | null;
}

/** The key of a path below an entity: its segments joined by NUL. */
export const pathKey = (suffix: readonly PathSegment[]): string =>
  suffix.map(String).join('\u0000');

/** The path of a file issue that concerns a row or a cell, not an entity. */
export function tablePath(sheet: string | null, row: number, column: string | null): PathSegment[] {
  return [
    ...(sheet === null ? [] : ['sheets', sheet]),
    'rows',
    row,
    ...(column === null ? [] : ['columns', column]),
  ];
}

interface EntityRow {
  readonly sheet: string | null;
  readonly row: number;
  readonly layout: ReadonlyMap<string, string> | null;
  own: Map<string, Place> | null;
}

/**
 * A locator for a table file (CSV or XLSX). A streaming reader makes one per chunk of rows: entity
 * indexes then start at `first` (the chunk's first entity in the whole file).
 */
export function tableLocator(file: string, first = 0): Locator {
  const rows: EntityRow[] = [];

  const locate = (path: readonly PathSegment[]): CellLocation | null => {
    const [head, index] = path;
    if (head !== 'entities' || typeof index !== 'number') return fromTablePath(file, path);
    const entity = rows[index - first];
    if (!entity) return null;
    for (let end = path.length; end > 2; end--) {
      const key = pathKey(path.slice(2, end));
      const own = entity.own?.get(key);
      if (own) {
        const field = end < path.length ? own.fields?.get(String(path[end])) : undefined;
        return { file, sheet: own.sheet, row: own.row, column: field ?? own.column };
      }
      const column = entity.layout?.get(key);
      if (column !== undefined) return { file, sheet: entity.sheet, row: entity.row, column };
    }
    return { file, sheet: entity.sheet, row: entity.row, column: null };
  };

  return {
    entity(index, sheet, row, layout) {
      rows[index - first] = { sheet, row, layout, own: null };
    },
    place(index, suffix, place) {
      const entity = rows[index - first];
      if (!entity) return;
      entity.own ??= new Map();
      const key = pathKey(suffix);
      if (!entity.own.has(key)) entity.own.set(key, place);
    },
    locate,
  };
}

function fromTablePath(file: string, path: readonly PathSegment[]): CellLocation | null {
  let rest = path;
  let sheet: string | null = null;
  if (rest[0] === 'sheets' && typeof rest[1] === 'string') {
    sheet = rest[1];
    rest = rest.slice(2);
  }
  if (rest[0] !== 'rows' || typeof rest[1] !== 'number') return null;
  const column = rest[2] === 'columns' && typeof rest[3] === 'string' ? rest[3] : null;
  return { file, sheet, row: rest[1], column };
}

/** The locator of a JSON batch: entity i is "row" i + 1; the column is the rest of the path. */
export function jsonLocator(file: string, count: number): Locator['locate'] {
  return (path) => {
    const [head, index] = path;
    if (head !== 'entities' || typeof index !== 'number' || index < 0 || index >= count)
      return null;
    const rest = path.slice(2);
    return { file, sheet: null, row: index + 1, column: rest.length ? rest.join('.') : null };
  };
}
