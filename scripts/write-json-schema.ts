// Writes schema/model.schema.json from the zod schema (run `npm run schema`; a test checks it is current).
import { writeFileSync } from 'node:fs';
import { modelJsonSchema } from '../src/index.js';

const url = new URL('../schema/model.schema.json', import.meta.url);
writeFileSync(url, `${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
