import { AppError } from '../../core/index.ts';
import type { AlgorithmConfigVar, AlgorithmsAnswer } from '../api-types.ts';
import { ENGINE, flattenWeights } from '../../app/index.ts';

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

/**
 * The settings the engine scores with, as yente's config variables: the default threshold (which
 * a request's `threshold` replaces) and every weight (fixed per engine version; see docs/matching.md).
 */
function effectiveConfig(): Record<string, AlgorithmConfigVar> {
  return {
    threshold: {
      type: 'float',
      description: 'Score at and above which a hit is a match, unless the request sets its own.',
      default: ENGINE.defaultThreshold,
    },
    ...Object.fromEntries(
      flattenWeights(ENGINE.weights).map(([name, value]) => [
        name,
        {
          type: 'float',
          description: `Weight ${name} of ${ENGINE.version} (docs/matching.md); a request's config does not change it.`,
          default: value,
        } satisfies AlgorithmConfigVar,
      ]),
    ),
  };
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
        docs: { name: ENGINE.version, features, config: effectiveConfig() },
        aliases: ALIASES,
        default_threshold: ENGINE.defaultThreshold,
      },
    ],
    default: ENGINE.version,
    best: ENGINE.version,
  };
}
