import {
  addApiKey,
  loadApiKeys,
  openKeyRing,
  revokeApiKey,
  type KeyRing,
  type StoredApiKey,
} from './api-keys.ts';

/** One API key as the doors show it: never the key, nor its hash. */
export type ApiKeyInfo = Pick<StoredApiKey, 'id' | 'admin' | 'created'>;

/** The API keys file: list, add and revoke keys, and the ring a server checks requests against. */
export interface KeysService {
  /** The file the keys are kept in, for messages. */
  readonly file: string;
  /** The keys in the file (none when it does not exist). */
  list(): ApiKeyInfo[];
  /** Creates a key and returns it; only its hash is kept, so this is the one time it is seen. */
  add(id: string, options: { admin: boolean }): string;
  /** Removes a key; running servers stop accepting it within a second. */
  revoke(id: string): ApiKeyInfo;
  /** The keys a server checks, re-read whenever the file changes. */
  ring(): KeyRing;
}

/**
 * Creates the keys service over a keys file. It needs no store, so `sift keys` commands use it
 * without opening the App; a server takes it from `App.keys`.
 */
export function createKeysService(file: string): KeysService {
  const info = ({ id, admin, created }: StoredApiKey): ApiKeyInfo => ({ id, admin, created });
  return {
    file,
    list: () => loadApiKeys(file).map(info),
    add: (id, options) => addApiKey(file, id, options.admin),
    revoke: (id) => info(revokeApiKey(file, id)),
    ring: () => openKeyRing(file),
  };
}
