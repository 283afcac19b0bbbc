/**
 * True when two names given with `--by` are one person: compared after
 * Unicode compatibility normalisation, case folding and trimming, so that
 * `Ann.Lee`, `ann.lee ` and a full-width spelling cannot pass as an
 * independent reviewer of a decision by `ann.lee`.
 */
export function sameIdentity(a: string, b: string): boolean {
  return normalIdentity(a) === normalIdentity(b);
}

function normalIdentity(name: string): string {
  return name.normalize('NFKC').toLowerCase().normalize('NFKC').trim();
}
