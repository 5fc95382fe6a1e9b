import type { Compiled } from '../model/compiled.js';
import { compileKernel } from './compileKernel.js';
import type { Kernel } from './types.js';

const kernels = new WeakMap<Compiled, Kernel | { readonly unsupported: string }>();

/** The model's float64 kernel, compiled once per model (or why it has none). */
export function kernelFor(model: Compiled): Kernel | { readonly unsupported: string } {
  let kernel = kernels.get(model);
  if (!kernel) {
    kernel = compileKernel(model);
    kernels.set(model, kernel);
  }
  return kernel;
}
