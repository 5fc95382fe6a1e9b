import { z } from 'zod';
import type { Issue, PathSegment } from './issue.js';

const zh = z.locales.zhCN();

type ZodIssue = z.core.$ZodIssue;

/**
 * Converts zod's issues into youpin issues (zod's codes kept, path prefixed, a Chinese message
 * added). A union that failed on every option reports the option that came closest (fewest
 * issues), so a leaf with a typo is told about the typo, not that it is not a branch.
 */
export function fromZod(issues: readonly ZodIssue[], prefix: readonly PathSegment[] = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      if (closest.length > 0) {
        out.push(...fromZod(closest, [...prefix, ...(issue.path as PathSegment[])]));
        continue;
      }
    }
    const path = [...prefix, ...(issue.path as PathSegment[])];
    const messageZh = (zh.localeError as (i: ZodIssue) => string | { message: string } | undefined)(issue);
    out.push({
      code: issue.code,
      path,
      message: issue.message,
      messageZh: typeof messageZh === 'string' ? messageZh : (messageZh?.message ?? issue.message),
    });
  }
  return out;
}
