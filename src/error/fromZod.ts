import type * as z from 'zod/mini';
import { zodChinese, zodEnglish } from './_zodMessages.js';
import type { Issue, PathSegment } from './issue.js';
import { makeIssue, type ScoringIssueCode } from './messages.js';
import { showText } from './showText.js';

/** Unknown keys named in one message (each quoted by showText); the rest are counted. */
const KEYS_SHOWN = 5;

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
      const closest = closestOption(issue.errors);
      if (closest.length > 0) {
        out.push(...fromZod(closest, [...prefix, ...(issue.path as PathSegment[])]));
        continue;
      }
    }
    const path = [...prefix, ...(issue.path as PathSegment[])];
    // Our own refinements carry their youpin code, so they get youpin's code and wording.
    const params =
      issue.code === 'custom'
        ? (issue.params as { youpin?: ScoringIssueCode; [key: string]: unknown } | undefined)
        : undefined;
    if (params?.youpin) {
      const { youpin, ...rest } = params;
      out.push(
        makeIssue(youpin, path, {
          id: String(issue.input ?? path[path.length - 1] ?? ''),
          ...(rest as Record<string, string | number>),
        }),
      );
      continue;
    }
    // zod's messages quote unknown keys whole: quote them as every message does (showText), and
    // name at most five. Any other text is escaped too, so no message carries a control character.
    const shown = issue.code === 'unrecognized_keys' ? withShownKeys(issue) : undefined;
    const message = shown ? zodEnglish(shown) : issue.message;
    const messageZh = zodChinese(shown ?? issue);
    out.push({
      code: issue.code,
      path,
      message: showText(message, Number.POSITIVE_INFINITY),
      messageZh: showText(messageZh, Number.POSITIVE_INFINITY),
    });
  }
  return out;
}

function withShownKeys(issue: ZodIssue & { code: 'unrecognized_keys' }): ZodIssue {
  const { keys } = issue;
  const named = keys.slice(0, KEYS_SHOWN).map((k) => showText(k));
  const more = keys.length - named.length;
  return { ...issue, keys: more > 0 ? [...named, `… (+${more})`] : named };
}

// The option that matched deepest: its shallowest issue lies furthest down (a leaf whose
// `scoring` has a typo fails deep inside; read as a branch it fails at the top). Then fewest issues.
function closestOption(options: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] {
  const shallowest = (issues: readonly ZodIssue[]) => Math.min(...issues.map((i) => i.path.length));
  return [...options].sort((a, b) => shallowest(b) - shallowest(a) || a.length - b.length)[0] ?? [];
}
