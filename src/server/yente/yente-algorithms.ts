import { AppError } from '../../core/index.ts';
import type { AlgorithmsAnswer } from '../api-types.ts';
import { ALGORITHM_VERSION, DEFAULT_THRESHOLD } from '../../app/index.ts';

/**
 * yente's algorithm names a client may have pinned. Sift has one matcher; each of these names is
 * served by it, and GET /algorithms says so, so a pinned client keeps working and can see what
 * answers it. Any other name is refused, as yente refuses it.
 */
const ALIASES = ['best', 'default', 'logic-v2', 'logic-v1', 'name-based', 'name-qualified'];

/** The features of Sift's score, as yente documents an algorithm's features. */
const FEATURES: Readonly<Record<string, string>> = {
  name: 'Rarity-weighted alignment of name parts after transliteration, name equivalents, phonetic keys and typo allowance (0..1).',
  birthDate: 'Signed change for a matching, near or different birth date.',
  country: 'Signed change for a shared or different nationality or country.',
  schema: 'Signed change when the kinds of entity differ.',
  weakAlias: 'Penalty when only a weak alias matched (OFAC FAQ 122).',
  nameKind: 'Signed change by the kind of listed name that matched (former, original script …).',
  ofac_parity:
    'What OFAC’s Sanctions List Search would score the pair, 0..1 (reported, not added).',
};

/** The Sift algorithm a requested name stands for; throws QUERY_INVALID for an unknown one. */
export function resolveAlgorithm(name: string): string {
  const clean = name.trim().toLowerCase();
  if (clean === ALGORITHM_VERSION || ALIASES.includes(clean)) return ALGORITHM_VERSION;
  throw new AppError('QUERY_INVALID', `Invalid algorithm: ${name}`);
}

/** GET /algorithms in yente's shape. */
export function algorithmsResponse(): AlgorithmsAnswer {
  const features = Object.fromEntries(
    Object.entries(FEATURES).map(([name, description]) => [
      name,
      { description, coefficient: null, url: null },
    ]),
  );
  return {
    algorithms: [
      {
        name: ALGORITHM_VERSION,
        description:
          'Sift’s name matcher: transliteration, name equivalents, rarity-weighted part alignment, birth-date/country/schema qualifiers, and an OFAC-parity score beside it. See docs/matching.md.',
        features,
        docs: { name: ALGORITHM_VERSION, features, config: {} },
        aliases: ALIASES,
        default_threshold: DEFAULT_THRESHOLD,
      },
    ],
    default: ALGORITHM_VERSION,
    best: ALGORITHM_VERSION,
  };
}
