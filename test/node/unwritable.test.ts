// scoreCsvFile says `file_unwritable`, naming the file, when the output or its temporary file
// cannot be written (a full disk, a TMPDIR that does not exist): not an error of Node's own.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isYoupinError } from 'youpin';
import { scoreCsvFile } from 'youpin/node';
import { liaocheng, sample, scratch } from './_files.js';

const file = scratch();

const codesOf = async (run: Promise<unknown>) => {
  try {
    await run;
  } catch (error) {
    if (!isYoupinError(error)) throw error;
    return error.issues.map((i) => [i.code, i.message]);
  }
  return [];
};

describe('scoreCsvFile where it cannot write', () => {
  const tmp = process.env['TMPDIR'];
  afterEach(() => {
    if (tmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = tmp;
  });

  it.runIf(existsSync('/dev/full'))('a full disk under the output: file_unwritable', async () => {
    const issues = await codesOf(
      scoreCsvFile(sample('sample-batch.csv'), liaocheng, { out: '/dev/full', format: 'csv' }),
    );
    expect(issues).toEqual([
      ['file_unwritable', expect.stringMatching(/^cannot write \/dev\/full: ENOSPC/)],
    ]);
  });

  it('a TMPDIR that does not exist: file_unwritable, naming it', async () => {
    const missing = join(dirname(file('x', '')), 'missing');
    process.env['TMPDIR'] = missing;
    const issues = await codesOf(
      scoreCsvFile(sample('sample-batch.csv'), liaocheng, { out: () => {}, format: 'csv' }),
    );
    expect(issues).toEqual([
      ['file_unwritable', expect.stringContaining(`cannot write ${missing}`)],
    ]);
  });
});
