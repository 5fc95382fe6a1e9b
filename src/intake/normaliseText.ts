/**
 * Text as people type it, made comparable: Unicode NFKC (full-width digits, letters, `％`, `，`
 * and `．` become ASCII), the minus sign U+2212 as `-`, trimmed.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u2212/g, '-')
    .trim();
}

/**
 * A label or header as it is compared with another: normalised, lower case, without any white
 * space — `顾客满意度(第三方测评)` matches `顾客满意度（第三方测评）`.
 */
export function labelKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
