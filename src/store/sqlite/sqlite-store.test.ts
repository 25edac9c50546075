import { runStoreContract } from '../../../test/store/store-contract.ts';
import { SqliteStore } from './sqlite-store.ts';

runStoreContract('sqlite', () => Promise.resolve(SqliteStore.open(':memory:')));
