// Writes src/server/api-schemas.generated.ts: the JSON Schemas of the API's answers, made from the
// TypeScript types in src/server/api-types.ts, so the OpenAPI document and the code cannot drift.
// `--check` fails (exit 1) when the committed file is not what the types give: CI runs it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';

const root = new URL('../../', import.meta.url);
const typesFile = new URL('src/server/api-types.ts', root).pathname;
const outFile = new URL('src/server/api-schemas.generated.ts', root).pathname;

const source = readFileSync(typesFile, 'utf8');
const names = [...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
const generator = createGenerator({
  path: typesFile,
  tsconfig: new URL('tsconfig.json', root).pathname,
  expose: 'export',
  topRef: true,
  jsDoc: 'extended',
  skipTypeCheck: true,
  // Answers may gain fields; clients must ignore what they do not know.
  additionalProperties: true,
});
const definitions = {};
for (const name of names) Object.assign(definitions, generator.createSchema(name).definitions);
const sorted = Object.fromEntries(
  Object.keys(definitions)
    .sort()
    .map((name) => [name, definitions[name]]),
);
// OpenAPI keeps shared schemas under components/schemas.
const text = JSON.stringify(sorted, null, 2).replaceAll('#/definitions/', '#/components/schemas/');
const output = `// Made by scripts/tools/write-api-schemas.mjs from src/server/api-types.ts; do not edit.\n\n/** JSON Schemas of the API's answers, by type name, as OpenAPI components. */\nexport const API_SCHEMAS: Readonly<Record<string, object>> = ${text};\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outFile, 'utf8');
  } catch {
    // missing: stale
  }
  const normalise = (t) => t.replace(/\s+/g, '');
  if (normalise(current) !== normalise(output)) {
    console.error(
      'src/server/api-schemas.generated.ts is out of date: run `npm run build:api-schemas`.',
    );
    process.exit(1);
  }
  console.log(`API schemas up to date (${Object.keys(sorted).length} schemas).`);
} else {
  writeFileSync(outFile, output);
  console.log(`wrote ${outFile} (${Object.keys(sorted).length} schemas)`);
}
