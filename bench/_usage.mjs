// Loaded with `node --import` by bench/stream.bench.ts: writes the process's resource usage (CPU
// times in µs, peak memory in KiB) to the file named by YOUPIN_BENCH_USAGE when the process exits.
import { writeFileSync } from 'node:fs';

const file = process.env.YOUPIN_BENCH_USAGE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
