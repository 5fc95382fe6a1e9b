/**
 * The one vocabulary of yes and no, the same in JSON, CSV and XLSX (compared after Unicode NFKC
 * and lower-casing, so `Ｙ`, `ＹＥＳ` and `１` count too). Anything else is refused, never guessed:
 * an `x` or a `-` means yes to some people and no to others.
 */
export const BOOLEAN_WORDS: {
  readonly true: readonly string[];
  readonly false: readonly string[];
} = {
  true: ['true', 'yes', 'y', '1', '是', '有', '√', '✓', '✔'],
  false: ['false', 'no', 'n', '0', '否', '无', '没有', '×', '✗', '✘'],
};
