// `tsx bench/_dump.ts <folder> <size>`: writes the benchmark's applicants as raw columns for the
// numpy pipeline (bench/numpy_pipeline.py): values.f64 (leaf-major, 40 × n float64) and
// sectors.u8 (0 agri, 1 mfg, 2 svc), so that numpy scores exactly the applicants the others do.
import { mkdirSync, writeFileSync } from 'node:fs';
import { columns, LEAVES, leafId, SECTORS } from './_workload.js';

const [folder = '/tmp/youpin-bench', sizeText = '1000'] = process.argv.slice(2);
const size = Number(sizeText);
const batch = columns(size);
mkdirSync(folder, { recursive: true });
const values = new Float64Array(LEAVES * size);
for (let k = 0; k < LEAVES; k++) values.set(batch.values[leafId(k)] as Float64Array, k * size);
writeFileSync(`${folder}/values.f64`, Buffer.from(values.buffer));
writeFileSync(
  `${folder}/sectors.u8`,
  Uint8Array.from(batch.sectors, (s) => SECTORS.indexOf(s as (typeof SECTORS)[number])),
);
