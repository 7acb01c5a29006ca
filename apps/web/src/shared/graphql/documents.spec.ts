// Catches a web query or mutation that the API no longer serves (renamed field, missing argument):
// every document under src/modules/*/graphql/ is validated against the committed apps/api/schema.gql.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, DocumentNode, Kind, validate } from 'graphql';

const schema = buildSchema(readFileSync(path.join(__dirname, '../../../../api/schema.gql'), 'utf8'));

function documentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return documentFiles(file);
    return /[/\\]graphql[/\\][^/\\]+\.ts$/.test(file) && !file.endsWith('.spec.ts') ? [file] : [];
  });
}

it('every GraphQL document of the web app is valid against apps/api/schema.gql', async () => {
  const files = documentFiles(path.join(__dirname, '../../modules'));
  expect(files.length).toBeGreaterThan(3);
  const problems: string[] = [];
  for (const file of files) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      const doc = value as DocumentNode | undefined;
      if (doc?.kind !== Kind.DOCUMENT || !doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) continue;
      for (const error of validate(schema, doc)) problems.push(`${path.basename(file)} ${name}: ${error.message}`);
    }
  }
  expect(problems).toEqual([]);
});
