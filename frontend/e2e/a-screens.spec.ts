// Each screen renders the demo data, at 360 and 1280 px, without serious accessibility faults.
import { expect, test } from '@playwright/test';
import { checkScreen, open } from './support';

test('Översikt shows what each party owes, overdue first, and counts per forum', async ({ page }) => {
  await open(page, '/?part=Kommunal');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Översikt för Kommunal');
  const owedToUs = page.getByRole('region', { name: 'Är skyldiga oss' });
  await expect(owedToUs.getByRole('link', { name: 'FG-SOF 2023:1' })).toBeVisible();
  // Overdue first: the first row is marked so.
  await expect(owedToUs.getByRole('row').nth(1)).toContainText('Försenad');
  await expect(page.getByRole('region', { name: 'Per forum' }).getByRole('link', { name: 'FG-HÄ', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Svarstid (median)' })).toBeVisible();
  await checkScreen(page, 'oversikt');
});

test('Ärenden filters from its URL, highlights free-text hits, sorts, and links the exports', async ({ page }) => {
  await open(page, '/arenden?q=arbetsmilj%C3%B6');
  await expect(page.getByText('1 ärende', { exact: true })).toBeVisible();
  await expect(page.locator('mark').first()).toHaveText(/arbetsmiljö/i);
  await expect(page.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', '/export/cases.csv?q=arbetsmilj%C3%B6');
  await expect(page.getByRole('link', { name: 'Excel (XLSX)' })).toHaveAttribute('href', '/export/cases.xlsx?q=arbetsmilj%C3%B6');

  await open(page, '/arenden?forum=FG-H%C3%84');
  const firstCase = page.getByRole('region', { name: 'Ärenden' }).getByRole('row').nth(1);
  await expect(firstCase).toContainText('FG-HÄ 2025:1');
  await page.getByRole('button', { name: 'Ärende' }).click();
  await expect(page).toHaveURL(/sort=-number/);
  await expect(firstCase).not.toContainText('FG-HÄ 2025:1 ');
  await expect(page.getByRole('columnheader', { name: 'Ärende' })).toHaveAttribute('aria-sort', 'descending');
  await open(page, '/arenden');
  await expect(page.getByRole('navigation', { name: 'Sidor' })).toContainText('Sida 1 av 2');
  await page.getByRole('link', { name: 'Nästa ›' }).click();
  await expect(page).toHaveURL(/sida=2/);
  await expect(page.getByRole('navigation', { name: 'Sidor' })).toContainText('Sida 2 av 2');
  // A sort holds across pages: the server sorts every case, not only the page shown.
  const titles = async () =>
    page.getByRole('region', { name: 'Ärenden' }).locator('tbody tr td:nth-child(2)').allInnerTexts();
  await open(page, '/arenden?sort=title');
  const first = await titles();
  await page.getByRole('link', { name: 'Nästa ›' }).click();
  await expect(page).toHaveURL(/sida=2/);
  await expect(page.getByRole('region', { name: 'Ärenden' }).locator('tbody tr').first()).not.toContainText(String(first[0]));
  const second = await titles();
  const swedish = new Intl.Collator('sv-SE');
  expect([...first, ...second]).toEqual([...first, ...second].sort(swedish.compare));
  await open(page, '/arenden');
  await checkScreen(page, 'arenden');
});

test('Ärende shows its text, what is owed and a timeline linking to its meeting', async ({ page }) => {
  await open(page, `/arenden/${encodeURIComponent('FG-HÄ 2025:22')}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('FG-HÄ 2025:22');
  await expect(page.getByRole('heading', { name: 'Vad som är skyldigt nu' })).toBeVisible();
  await expect(page.getByText('Förvaltningen kommer att återkomma').first()).toBeVisible();
  // The demo was recorded by the demo loader at the machine.
  await expect(page.getByText('registrerat av demo').first()).toBeVisible();
  await checkScreen(page, 'arende');
  await page.getByRole('link', { name: 'möte 14 januari 2025' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('FG-HÄ 14 januari 2025');
});

test('Möten lists each forum’s meetings', async ({ page }) => {
  await open(page, '/moten');
  await expect(page.getByRole('heading', { name: 'FG-HÄ – Förvaltningsgrupp' })).toBeVisible();
  await expect(page.getByRole('link', { name: '20 september 2023' })).toBeVisible();
  await checkScreen(page, 'moten');
});

test('Möte shows attendance, approvers, what arose and the balance list as it stood', async ({ page }) => {
  await open(page, `/moten/${encodeURIComponent('FG-HÄ 2025-01-14')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('FG-HÄ 14 januari 2025');
  await expect(page.getByRole('region', { name: 'Närvarande' })).toContainText('Lee Orberson (stadsdelsdirektör)');
  await expect(page.getByRole('region', { name: 'Justerare' })).toContainText('Carl Korch');
  await expect(page.getByRole('region', { name: 'Väckt på mötet' }).getByRole('link', { name: 'FG-HÄ 2025:1', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Balanslistan efter mötet/ })).toBeVisible();
  await checkScreen(page, 'mote');
});

test('Dagordning lists what the next meeting must carry, prints without the menu, and links the DOCX', async ({ page }) => {
  await open(page, `/dagordning/${encodeURIComponent('FG-HÄ')}`);
  await expect(page.getByRole('heading', { name: /Kvarvarande frågor/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'FG-HÄ 2025:11' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ladda ner som Word (DOCX)' })).toHaveAttribute('href', '/export/agenda/FG-H%C3%84.docx');
  await checkScreen(page, 'dagordning');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByRole('heading', { name: /Kvarvarande frågor/ })).toBeVisible();
});

test('Logga in asks for user name and password', async ({ page }) => {
  await open(page, '/logga-in');
  await expect(page.getByLabel('Användarnamn')).toBeVisible();
  await expect(page.getByLabel('Lösenord')).toBeVisible();
  await checkScreen(page, 'logga-in');
});

test('/import leads to the import screen', async ({ page }) => {
  await open(page, '/import');
  await expect(page).toHaveURL(/\/importera$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importera protokoll');
});

test('an unknown path gets the app’s own page, in Swedish', async ({ page }) => {
  const response = await page.goto(`${process.env.BALANS_E2E_URL}/ingen/sadan/sida`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
});
