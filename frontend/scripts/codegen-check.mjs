// Fails when src/gql/ is not what `npm run codegen` makes of schema.graphql and the operations.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'balans-codegen-'));
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, BALANS_CODEGEN_OUT: scratch + '/' },
  });
  const committed = 'src/gql';
  const names = new Set([...readdirSync(scratch), ...readdirSync(committed)]);
  const stale = [...names].filter((name) => {
    try {
      return readFileSync(join(scratch, name), 'utf8') !== readFileSync(join(committed, name), 'utf8');
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`src/gql is stale against schema.graphql (${stale.join(', ')}): run npm run codegen and commit the result.`);
    process.exit(1);
  }
  console.log('src/gql matches schema.graphql');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
