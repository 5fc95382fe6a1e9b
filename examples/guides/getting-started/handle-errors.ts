// Guide "Getting started" · 快速入门: a bad model throws one YoupinError with every issue.
// #region errors
import { defineModel, isYoupinError, safeScore } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

try {
  defineModel({ ...liaocheng2024, version: 7 } as never);
} catch (error) {
  if (!isYoupinError(error)) throw error;
  for (const issue of error.issues) console.log(issue.code, issue.path.join('.'), issue.message);
  // → invalid_type version Invalid input: expected string, received number
}

const result = safeScore(liaocheng2024, 'not an array' as never);
if (!result.success) console.log(result.error.issues[0]?.code); // → invalid_batch
// #endregion errors
