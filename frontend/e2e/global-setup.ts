// Starts `balans serve` on a temporary data directory (the demo data is recorded on first
// start) on a free port, and hands its address to the tests through BALANS_E2E_URL.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ADMIN_PASSWORD } from './support';

export const STATE_FILE = join(tmpdir(), 'balans-e2e-server.json');

function binary(): string {
  if (process.env.BALANS_BIN) return resolve(process.env.BALANS_BIN);
  const target = process.env.CARGO_TARGET_DIR ?? resolve(import.meta.dirname, '../../target');
  return join(target, 'debug', 'balans');
}

export default async function globalSetup(): Promise<void> {
  // A server already running (BALANS_E2E_URL given) is used as it is, and left running.
  if (process.env.BALANS_E2E_URL) return;
  const bin = binary();
  if (!existsSync(bin)) {
    throw new Error(`no server binary at ${bin}: build it with \`cargo build -p balans\` or set BALANS_BIN`);
  }
  const data = mkdtempSync(join(tmpdir(), 'balans-e2e-'));
  const server = spawn(bin, ['serve', '--data', data, '--addr', '127.0.0.1:0'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    // The first admin gets a known password, so that the administration tests can sign in.
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'warn', BALANS_ADMIN_PASSWORD: ADMIN_PASSWORD },
  });
  let exited: number | null = null;
  server.on('exit', (code) => {
    exited = code ?? -1;
  });

  const addrFile = join(data, 'server.addr');
  const deadline = Date.now() + 120_000;
  let url: string | null = null;
  while (!url) {
    if (exited !== null) throw new Error(`balans serve exited with ${exited} before it listened`);
    if (Date.now() > deadline) throw new Error('balans serve did not write server.addr within two minutes');
    if (existsSync(addrFile)) {
      const addr = readFileSync(addrFile, 'utf8').trim();
      if (addr) {
        const candidate = `http://${addr}`;
        const ready = await fetch(`${candidate}/readyz`).then((r) => r.ok, () => false);
        if (ready) url = candidate;
      }
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  process.env.BALANS_E2E_URL = url;
  writeFileSync(STATE_FILE, JSON.stringify({ pid: server.pid, data, url }));
}
