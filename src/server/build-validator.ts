import AjvCompiler from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

type ValidatorFactory = NonNullable<
  NonNullable<
    NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
  >['buildValidator']
>;
/** What @fastify/ajv-compiler's compile function is called with at run time (its types say less). */
type RouteDefinition = { httpPart?: string; schema: unknown };
type CompileRoute = (route: RouteDefinition) => unknown;

const pool = AjvCompiler();

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
    route.httpPart === 'body' ? exact(route) : coercing(route);
  return compile;
}

/** The factory as Fastify's options type it (its declared signature differs from the runtime one). */
export const buildValidator = buildTwoRuleValidator as unknown as ValidatorFactory;
