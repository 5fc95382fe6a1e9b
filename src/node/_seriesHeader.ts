import { labelKey } from './_cells.js';

// `净利润.2023`, `净利润 2023`, `净利润(2023)`, `净利润（2023年）`, `2023年净利润`, `净利润2023年`.
const TRAILING = /^(.*?)[\s._-]*[(（]?((?:19|20)\d{2})年?(?:度)?[)）]?$/;
const LEADING = /^((?:19|20)\d{2})年?(?:度)?[\s._-]*(.+)$/;

/**
 * A header that names a yearly series and a year (the series by id, label or alias), or
 * `undefined`. Both patterns are anchored with one lazy group and a fixed-length tail, so a
 * header is scanned in linear time.
 */
export function seriesHeader(
  header: string,
  seriesByKey: ReadonlyMap<string, readonly string[]>,
): { readonly name: string; readonly year: string } | undefined {
  if (header.length > 200) return undefined;
  const text = header.normalize('NFKC').trim();
  for (const [re, nameAt, yearAt] of [
    [TRAILING, 1, 2],
    [LEADING, 2, 1],
  ] as const) {
    const m = re.exec(text);
    if (!m) continue;
    const ids = seriesByKey.get(labelKey(m[nameAt] as string));
    if (ids && ids.length === 1) return { name: ids[0] as string, year: m[yearAt] as string };
  }
  return undefined;
}
