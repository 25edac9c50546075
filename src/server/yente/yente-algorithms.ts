import { AppError } from '../../core/index.ts';
import type { AlgorithmsAnswer } from '../api-types.ts';
import { ENGINE } from '../../app/index.ts';

/**
 * yente's algorithm names a client may have pinned. Sift has one matcher; each of these names is
 * served by it, and GET /algorithms says so, so a pinned client keeps working and can see what
 * answers it. Any other name is refused, as yente refuses it.
 */
const ALIASES = ['best', 'default', 'logic-v2', 'logic-v1', 'name-based', 'name-qualified'];

/** The Sift algorithm a requested name stands for; throws QUERY_INVALID for an unknown one. */
export function resolveAlgorithm(name: string): string {
  const clean = name.trim().toLowerCase();
  if (clean === ENGINE.version || ALIASES.includes(clean)) return ENGINE.version;
  throw new AppError('QUERY_INVALID', `Invalid algorithm: ${name}`);
}

/** GET /algorithms in yente's shape. */
export function algorithmsResponse(): AlgorithmsAnswer {
  const features = Object.fromEntries(
    Object.entries(ENGINE.features).map(([name, description]) => [
      name,
      { description, coefficient: null, url: null },
    ]),
  );
  return {
    algorithms: [
      {
        name: ENGINE.version,
        description:
          'Sift’s name matcher: transliteration, name equivalents, rarity-weighted part alignment, birth-date/country/schema qualifiers, and an OFAC-parity score beside it. See docs/matching.md.',
        features,
        docs: { name: ENGINE.version, features, config: {} },
        aliases: ALIASES,
        default_threshold: ENGINE.defaultThreshold,
      },
    ],
    default: ENGINE.version,
    best: ENGINE.version,
  };
}
