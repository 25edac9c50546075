/** A service whose every member is a method answering with a promise. */
type AsyncService<S> = {
  [K in keyof S]: S[K] extends (...args: infer A) => Promise<infer R>
    ? (...args: A) => Promise<R>
    : never;
};

/**
 * A service made on its first call (its module imported then), so that a command that never uses
 * it does not load it: `sift analyze` skipped about 60 modules of lists, batch and monitoring it
 * never calls (issue #12). Only services whose methods all answer with promises can wait so.
 */
export function lazyService<S extends AsyncService<S>>(make: () => Promise<S>): S {
  let made: Promise<S> | undefined;
  const service = (): Promise<S> => (made ??= make());
  const methods = new Map<PropertyKey, unknown>();
  return new Proxy({} as S, {
    get(_target, name) {
      // Not a thenable: an `await` on the service itself must not wait for a `then` method.
      if (name === 'then') return undefined;
      let method = methods.get(name);
      if (method === undefined) {
        method = async (...args: unknown[]): Promise<unknown> => {
          const real = (await service()) as Record<PropertyKey, (...a: unknown[]) => unknown>;
          return real[name]!(...args);
        };
        methods.set(name, method);
      }
      return method;
    },
  });
}
