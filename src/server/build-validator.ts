import AjvCompiler from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

type ValidatorFactory = NonNullable<
  NonNullable<
    NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
  >['buildValidator']
>;
/** What @fastify/ajv-compiler's compile function is called with at run time (its types say less). */
type RouteDefinition = { httpPart?: string; schema: unknown };
type CompileRoute = (route: RouteDefinition) => Validator;
/** A compiled Ajv validator as Fastify calls it: `errors` after a failure, `schemaEnv` to tell Ajv apart. */
interface Validator {
  (data: unknown, context?: unknown): unknown;
  errors?: unknown;
  schemaEnv?: unknown;
}

const pool = AjvCompiler();

/** Validators not compiled yet, in the order the routes declared them. */
const waiting = new Set<() => Validator>();

/**
 * A validator compiled when it is first used (or by `compileWaitingValidators`): compiling every
 * route's schemas when the server starts took ~0.5 s of CPU before it could listen.
 */
function compiledOnUse(compile: () => Validator): Validator {
  let compiled: Validator | undefined;
  const get = (): Validator => {
    if (compiled === undefined) {
      waiting.delete(get);
      compiled = compile();
    }
    return compiled;
  };
  waiting.add(get);
  const validator = ((data: unknown, context?: unknown) => get()(data, context)) as Validator;
  // Fastify reads both before and after calling; each compiles the validator if it is not yet.
  Object.defineProperty(validator, 'errors', { get: () => get().errors });
  Object.defineProperty(validator, 'schemaEnv', { get: () => get().schemaEnv });
  return validator;
}

/**
 * Compiles the validators no request has used yet, one per turn of the event loop so requests go
 * on meanwhile; rejects with the first schema that does not compile.
 */
export async function compileWaitingValidators(): Promise<void> {
  for (const get of waiting) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    get();
  }
}

/**
 * Fastify's validator factory with two rules: the query string and path parameters are text, so
 * their values are coerced to the schema's types (`?limit=5`); a JSON body is already typed, so it
 * is never coerced (`{"name": true}` is an error, not the name "true").
 */
function buildTwoRuleValidator(
  externalSchemas: Parameters<typeof pool>[0],
  options: { customOptions?: Record<string, unknown> } | undefined,
): CompileRoute {
  const base = options?.customOptions ?? {};
  const withOptions = (coerceTypes: 'array' | false): Parameters<typeof pool>[1] => ({
    ...options,
    customOptions: { ...base, coerceTypes, removeAdditional: false },
  });
  const coercing = pool(externalSchemas, withOptions('array')) as unknown as CompileRoute;
  const exact = pool(externalSchemas, withOptions(false)) as unknown as CompileRoute;
  const compile: CompileRoute = (route) =>
    compiledOnUse(() => (route.httpPart === 'body' ? exact(route) : coercing(route)));
  return compile;
}

/** The factory as Fastify's options type it (its declared signature differs from the runtime one). */
export const buildValidator = buildTwoRuleValidator as unknown as ValidatorFactory;
