import { isDate } from './_dates.js';
import { programmeIssue, throwProgrammeIssues } from './_messages.js';
import type { Register } from './types.js';

/** A register and a day (YYYY-MM-DD) as a check or a list needs them; each bad one an issue. */
export function checkRegister(registry: Register, asOf: unknown): void {
  if (registry?.format !== 'youpin.register/1')
    throwProgrammeIssues([programmeIssue('not_a_register', ['register'])]);
  if (!isDate(asOf))
    throwProgrammeIssues([
      programmeIssue('bad_check_date', ['options', 'asOf'], { value: String(asOf) }),
    ]);
}
