// Administration: an admin adds a person who then signs in, and creates and revokes an API
// token that works as a bearer in between; anyone else gets a clear message instead.
import { expect, test } from '@playwright/test';
import { checkScreen, open, signIn, url } from './support';

test('someone who is not an admin sees no administration, and a clear message at /admin', async ({ page }) => {
  await signIn(page, 'sekreterare');
  await open(page, '/admin');
  await expect(page.getByRole('heading', { name: 'Administration' })).toBeVisible();
  await expect(page.getByText('bara för administratörer')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' })).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  await checkScreen(page, 'administration-ej-administrator');
});

test('an admin adds a person who signs in at once, and creates and revokes an API token', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, 'admin');
  await open(page, '/');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const people = page.getByRole('region', { name: 'Personer som kan logga in' });
  await expect(people.getByRole('cell', { name: 'sekreterare', exact: true })).toBeVisible();
  await checkScreen(page, 'administration');

  // A new person, with a password the server makes and shows once.
  const addForm = page.getByRole('form', { name: 'Lägg till en person' });
  await addForm.getByRole('button', { name: 'Lägg till person' }).click();
  await expect(addForm.getByLabel('Användarnamn (krävs)')).toBeFocused();
  await expect(addForm.getByText('Användarnamn måste fyllas i.')).toBeVisible();
  await addForm.getByLabel('Användarnamn (krävs)').fill('e2e.vision');
  await addForm.getByLabel('Namn', { exact: true }).fill('Vera Vision');
  await addForm.getByLabel('Roll', { exact: true }).selectOption('PARTY');
  await addForm.getByLabel('Part (krävs)').fill('Vision');
  await addForm.getByLabel('Forum', { exact: true }).selectOption('FG-HÄ');
  await addForm.getByLabel('Lösenord', { exact: true }).fill('kort');
  await addForm.getByRole('button', { name: 'Lägg till person' }).click();
  await expect(addForm.getByText('Lösenordet behöver minst 10 tecken')).toBeVisible();
  await expect(addForm.getByLabel('Lösenord', { exact: true })).toBeFocused();
  await addForm.getByLabel('Lösenord', { exact: true }).fill('');
  await addForm.getByRole('button', { name: 'Lägg till person' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Vera Vision kan nu logga in' });
  await expect(done).toBeVisible();
  await expect(done).toContainText('den visas inte igen');
  const password = await done.getByLabel('Lösenord för e2e.vision').inputValue();
  expect(password.length).toBeGreaterThanOrEqual(10);
  await done.getByRole('button', { name: 'Kopiera' }).click();
  await expect(done.getByText('Kopierat.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
  await expect(people.getByRole('row').filter({ hasText: 'e2e.vision' })).toContainText('part för Vision i FG-HÄ');

  // The same username again is refused in Swedish, and what was typed stays.
  await addForm.getByLabel('Användarnamn (krävs)').fill('E2E.Vision');
  await addForm.getByRole('button', { name: 'Lägg till person' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Det finns redan en person som heter e2e.vision' })).toBeVisible();
  await expect(addForm.getByLabel('Användarnamn (krävs)')).toHaveValue('E2E.Vision');

  // The new person signs in, in a browser of their own, through the sign-in screen.
  const theirs = await browser.newContext({ locale: 'sv-SE' });
  const vera = await theirs.newPage();
  await vera.goto(url('/logga-in'));
  await vera.getByLabel('Användarnamn').fill('e2e.vision');
  await vera.getByLabel('Lösenord').fill(password);
  await vera.getByRole('button', { name: 'Logga in' }).click();
  const header = vera.getByRole('banner');
  await expect(header.getByText('Vera Vision')).toBeVisible();
  await expect(vera.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Registrera' })).toBeVisible();
  await expect(vera.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' })).toHaveCount(0);

  // A role change holds at the person's next request.
  const row = people.getByRole('row').filter({ hasText: 'e2e.vision' });
  await row.getByRole('button', { name: 'Ändra roll för e2e.vision' }).click();
  await row.getByLabel('Roll', { exact: true }).selectOption('READER');
  await row.getByRole('button', { name: 'Spara roll' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Vera Vision har nu rollen läsare' })).toBeVisible();
  await vera.reload();
  await expect(header.getByText('Vera Vision')).toBeVisible();
  await expect(vera.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Registrera' })).toHaveCount(0);

  // An API token: its secret shown once, working as a bearer at once, and refused once revoked.
  const tokenForm = page.getByRole('form', { name: 'Skapa en API-nyckel' });
  await tokenForm.getByLabel('Namn (krävs)').fill('Instrumentpanel e2e');
  await tokenForm.getByLabel('Roll', { exact: true }).selectOption('READER');
  await tokenForm.getByRole('button', { name: 'Skapa API-nyckel' }).click();
  const created = page.getByRole('status').filter({ hasText: 'API-nyckeln Instrumentpanel e2e är skapad' });
  await expect(created).toBeVisible();
  await expect(created).toContainText('Kopiera nyckeln nu: den visas inte igen.');
  const secret = await created.getByLabel('API-nyckel Instrumentpanel e2e').inputValue();
  expect(secret).toMatch(/^balans_/);
  await checkScreen(page, 'administration-ny-nyckel');

  const bearer = { Authorization: `Bearer ${secret}` };
  const asToken = await theirs.request.post(url('/graphql'), { data: { query: '{ forums { code } }' }, headers: bearer });
  expect(asToken.status()).toBe(200);
  expect((await asToken.json()).data.forums.length).toBeGreaterThan(0);

  const tokens = page.getByRole('region', { name: 'API-nycklar' });
  const tokenRow = tokens.getByRole('row').filter({ hasText: 'Instrumentpanel e2e' });
  await expect(tokenRow).toContainText('Gäller');
  await tokenRow.getByRole('button', { name: 'Återkalla Instrumentpanel e2e' }).click();
  const confirm = tokenRow.getByRole('button', { name: 'Ja, återkalla Instrumentpanel e2e' });
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'är återkallad' })).toBeVisible();
  await expect(tokenRow).toContainText('Återkallad');
  const afterRevoke = await theirs.request.post(url('/graphql'), { data: { query: '{ forums { code } }' }, headers: bearer });
  expect(afterRevoke.status()).toBe(401);

  // Removed, with a confirmation: the person's session ends at its next request.
  await row.getByRole('button', { name: 'Ta bort e2e.vision' }).click();
  await row.getByRole('button', { name: 'Ja, ta bort e2e.vision' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är borttagen' })).toBeVisible();
  await expect(people.getByRole('row').filter({ hasText: 'e2e.vision' })).toHaveCount(0);
  const me = await (await vera.request.get(url('/auth/me'))).json();
  expect(me.signedIn).toBe(false);
  // The admin cannot remove themselves: no such button on their own row.
  await expect(people.getByRole('button', { name: 'Ta bort admin' })).toHaveCount(0);
  await theirs.close();
});
