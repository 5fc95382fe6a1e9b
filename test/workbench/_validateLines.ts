import { basename } from 'node:path';
import { youpin } from '../cli/_cli.js';

/**
 * `youpin validate`'s located lines for a file, in a language: those that start with the file's
 * name (headings and counts do not), notices included. The page's problem list must equal them.
 */
export async function validateLines(file: string, lang: 'en' | 'zh'): Promise<string[]> {
  const run = await youpin(['validate', file, '--preset', 'liaocheng2024', '--lang', lang]);
  const name = basename(file);
  return run.stderr
    .split('\n')
    .filter(
      (l) => l.startsWith(name) || l.startsWith(`notice: ${name}`) || l.startsWith(`提示：${name}`),
    );
}
