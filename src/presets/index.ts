// Shipped models as data (youpin/presets). They are plain objects: pass them to defineModel.
export { liaocheng } from './liaocheng.js';
