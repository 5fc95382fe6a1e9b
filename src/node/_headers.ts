import { labelKey } from './_cells.js';

/** The columns that say who an applicant is, rather than what it scored. */
export type IdentityKind = 'id' | 'name' | 'nameZh' | 'nameEn' | 'sector';

// The headers people write for them, by priority: when a table has both `编号` and
// `统一社会信用代码`, the id comes from `编号` and the other column is noted as not used. Compared
// by `labelKey` (NFKC, lower case, no spaces). Documented in docs/data-files.md.
const IDENTITY: ReadonlyArray<{
  readonly kind: IdentityKind;
  readonly priority: number;
  readonly headers: readonly string[];
}> = [
  { kind: 'id', priority: 1, headers: ['id', '编号', '申报编号', '企业编号'] },
  {
    kind: 'id',
    priority: 2,
    headers: [
      '统一社会信用代码',
      '社会信用代码',
      '信用代码',
      'credit code',
      'unified social credit code',
    ],
  },
  { kind: 'name', priority: 1, headers: ['name', '名称'] },
  {
    kind: 'name',
    priority: 2,
    headers: [
      '企业名称',
      '单位名称',
      '申报单位',
      '申报企业',
      '申报单位名称',
      '企业（单位）名称',
      '企业(单位)名称',
      'company',
      'enterprise',
      'applicant',
    ],
  },
  { kind: 'nameZh', priority: 1, headers: ['name.zh', '中文名称'] },
  { kind: 'nameEn', priority: 1, headers: ['name.en', '英文名称'] },
  { kind: 'sector', priority: 1, headers: ['sector', '行业'] },
  {
    kind: 'sector',
    priority: 2,
    headers: ['所属行业', '行业类别', '产业类别', '所属产业', '申报类别', 'industry'],
  },
];

const BY_KEY = new Map<string, { kind: IdentityKind; priority: number }>();
for (const { kind, priority, headers } of IDENTITY)
  for (const h of headers) BY_KEY.set(labelKey(h), { kind, priority });

/** What identity a header names, and how strongly (1 wins over 2); `undefined` for none. */
export function identityOf(header: string): { kind: IdentityKind; priority: number } | undefined {
  return BY_KEY.get(labelKey(header));
}

/** Every identity header, for suggestions and for the "expected headers" of a message. */
export const IDENTITY_HEADERS: readonly string[] = IDENTITY.flatMap((i) => i.headers);

/** The headers of the identity columns a message lists as accepted, by kind. */
export function acceptedHeaders(kind: 'id' | 'sector'): string {
  return IDENTITY.filter((i) => i.kind === kind)
    .flatMap((i) => i.headers)
    .slice(0, 6)
    .join(', ');
}

/** A running row number (`序号`): expected in Chinese tables, and not data. */
export function isRowNumber(header: string): boolean {
  return ['序号', 'no.', 'no', '#', '行号'].includes(labelKey(header));
}
