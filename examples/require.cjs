// The package from CommonJS: `require('youpin')` and `require('youpin/presets')` (run with plain node).
const assert = require('node:assert/strict');
const { aggregate, defineModel, effectiveWeights, isYoupinError, score } = require('youpin');
const { liaocheng2024 } = require('youpin/presets');

const model = defineModel(liaocheng2024);
assert.equal(effectiveWeights(model, 'manufacturing').m_Q1, '0.09');
assert.equal(aggregate([50.5, 53.5, 98.6], [0.3, 0.45, 0.25]).value, '63.875');
const report = score(model, [{ id: 'x', sector: 'nowhere', values: {} }]);
assert.equal(report.entities[0].status, 'invalid');
try {
  defineModel({});
  assert.fail('defineModel should have thrown');
} catch (error) {
  assert.ok(isYoupinError(error));
}
console.log('CommonJS: ok');
