// What the end-to-end tests share: the server's address, signing in by the sign-in contract,
// GraphQL calls for setting up data, and the check every screen gets (screenshots at 360 and
// 1280 px, and axe with no serious or critical violations).

import { expect, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export function url(path: string): string {
  const base = process.env.BALANS_E2E_URL;
  if (!base) throw new Error('BALANS_E2E_URL is not set: the global setup starts the server');
  return `${base}${path}`;
}

export type DemoUser = 'kommunal' | 'vision' | 'arbetsgivaren' | 'sekreterare';

/** The password the global setup gives the first admin (`admin`) of the test server. */
export const ADMIN_PASSWORD = 'e2e-administratör';

/**
 * Signs `page`'s browser context in as a demo user (password `demo`) or as the first admin.
 */
export async function signIn(page: Page, user: DemoUser | 'admin'): Promise<void> {
  const password = user === 'admin' ? ADMIN_PASSWORD : 'demo';
  const response = await page.request.post(url('/auth/login'), { data: { username: user, password } });
  expect(response.status(), await response.text()).toBe(200);
  const me = await response.json();
  expect(me.signedIn).toBe(true);
}

/** Runs a GraphQL operation with `request`'s cookies and returns its data, failing on errors. */
export async function gql<T = Record<string, unknown>>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post(url('/graphql'), { data: { query, variables } });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

const WIDTHS = [360, 1280] as const;

/** Saves the screen at both widths and checks it with axe; what matters is in the report. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(0);
  const grave = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    grave.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe found serious or critical violations on ${name}`,
  ).toEqual([]);
}

/** Waits until the app has taken over the page (its main landmark is there). */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(url(path));
  await expect(page.locator('main#innehall')).toBeVisible();
}
