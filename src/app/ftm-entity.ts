// The FollowTheMoney form of a listed entity, for the yente routes. It is taken from its own file
// rather than through ingest/index.ts, which would load every list parser (~0.1 s of CPU) at the
// start of every command and server, although only imports need them.
// eslint-disable-next-line no-restricted-imports
export { toFtmEntity } from '../ingest/ftm/ftm-export.ts';
