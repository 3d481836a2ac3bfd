import { existsSync, readFileSync, rmSync } from 'node:fs';
import { STATE_FILE } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  if (!existsSync(STATE_FILE)) return;
  const { pid, data } = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { pid: number; data: string };
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  // Give the server a moment to close its database before its directory goes.
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(pid, 0);
      await new Promise((done) => setTimeout(done, 100));
    } catch {
      break;
    }
  }
  rmSync(data, { recursive: true, force: true });
  rmSync(STATE_FILE, { force: true });
}
