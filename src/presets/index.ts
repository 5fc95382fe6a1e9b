// Shipped models as data (youpin/presets). They are plain objects: pass them to defineModel.
// Every number carries its provenance: published (with a source), inferred or proposed.

export { gbt19580 } from './gbt19580.js';
export { type Benchmark, haopinShandong, haopinShandongBenchmark } from './haopinShandong.js';
export { liaocheng2024 } from './liaocheng2024.js';
