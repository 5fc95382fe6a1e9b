// Printable ASCII other than the space: the common id, whose key is only its lower case.
const PLAIN = /^[\x21-\x7e]*$/;
// Format characters: zero-width space and joiners, the byte-order mark, bidi marks, soft hyphen.
const INVISIBLE = /\p{Cf}/gu;

/**
 * What two applicants' ids are compared by: the id with full-width letters and digits made
 * half-width (Unicode NFKC), invisible characters and the spaces around it taken out, in lower
 * case. `M001`, `m001`, `Ｍ００１` and `M0\u200b01` are one applicant's id written four ways: an
 * applicant entered twice under them is found, not scored twice.
 */
export function idKey(id: string): string {
  if (PLAIN.test(id)) return id.toLowerCase();
  // Lower case can leave text that NFKC would compose again: normalised once more, so that a key's
  // key is itself.
  return id.normalize('NFKC').replace(INVISIBLE, '').trim().toLowerCase().normalize('NFKC');
}
