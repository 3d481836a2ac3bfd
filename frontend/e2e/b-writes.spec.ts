// What changes the data: recording in Registrera with live updates elsewhere, the balance list
// stepped meeting by meeting, importing a protocol, and what sign-in changes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkScreen, gql, open, signIn, url } from './support';

/** Signs in as the secretary, who may record anything in every demo forum. */
async function asSecretary(page: Page): Promise<void> {
  await signIn(page, 'sekreterare');
}

test('a question raised in Registrera shows up on the owing party’s overview without a reload, and answering it removes it', async ({ context }) => {
  const overview = await context.newPage();
  const register = await context.newPage();
  await asSecretary(register);
  await open(overview, '/?part=Arbetsgivaren');
  const owed = overview.getByRole('region', { name: 'Vi är skyldiga' });
  await expect(owed).toBeVisible();
  const title = 'Hur många timvikarier anlitades i hemtjänsten under hösten?';
  await expect(overview.getByText(title)).toHaveCount(0);

  await open(register, `/registrera?forum=${encodeURIComponent('FG-HÄ')}&atgard=fraga`);
  await expect(register.getByRole('heading', { name: 'Väck en fråga' })).toBeVisible();
  await checkScreen(register, 'registrera');
  // Keyboard first: the first field has focus; the form is filled and sent from the keyboard.
  await expect(register.getByLabel('Frågan ställs av (krävs)')).toBeFocused();
  await register.keyboard.type('Vision');
  await register.getByLabel('Rubrik (krävs)').fill(title);
  await register.getByLabel('Frågan', { exact: true }).fill('Vision vill veta hur många timvikarier som anlitades.');
  await register.getByLabel('Rubrik (krävs)').press('Enter');
  const saved = register.getByRole('status').filter({ hasText: 'Sparat' });
  await expect(saved).toBeVisible();
  const number = (await saved.getByRole('link').textContent())!.trim();
  expect(number).toMatch(/^FG-HÄ \d{4}:\d+$/);

  // The overview got the event over the subscription and asked again.
  await expect(owed.getByRole('link', { name: number })).toBeVisible();

  // A mistake is named in Swedish by the server, and what was typed stays.
  await register.getByLabel('Vad vill du registrera?').selectOption('svar');
  await register.getByLabel('Ärende (krävs)').fill('FG-HÄ 2025:999');
  await register.getByLabel('Svaret (krävs)').fill('Ungefär fyrtio timvikarier.');
  await register.getByRole('button', { name: 'Spara' }).click();
  await expect(register.getByRole('alert')).toContainText('Det gick inte att spara');
  await expect(register.getByLabel('Svaret (krävs)')).toHaveValue('Ungefär fyrtio timvikarier.');

  await register.getByLabel('Ärende (krävs)').fill(number);
  await register.getByRole('button', { name: 'Spara' }).click();
  await expect(register.getByRole('status').filter({ hasText: 'Sparat' })).toContainText(number);
  await expect(owed.getByRole('link', { name: number })).toHaveCount(0);
});

test('Registrera names missing fields before sending anything', async ({ page }) => {
  await asSecretary(page);
  await open(page, `/registrera?forum=${encodeURIComponent('FG-HÄ')}&atgard=fraga`);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Rätta detta innan du sparar')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Frågan ställs av måste fyllas i.' })).toBeVisible();
});

test('stepping the balance list from meeting to meeting shows what came on and went off', async ({ page }) => {
  await asSecretary(page);
  const forum = 'FG-HÄ';
  for (const [date, steps] of [
    ['2025-02-11', [['addToBalanceList', 'FG-HÄ 2025:11'], ['addToBalanceList', 'FG-HÄ 2025:2']]],
    ['2025-03-04', [['removeFromBalanceList', 'FG-HÄ 2025:2']]],
  ] as const) {
    const meetingId = `${forum} ${date}`;
    await gql(page.request, 'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }', { i: { forumId: forum, date } });
    await gql(page.request, 'mutation($i: HoldMeetingInput!) { holdMeeting(input: $i) { meeting { id } } }', { i: { meetingId } });
    for (const [mutation, caseId] of steps) {
      const input = mutation === 'addToBalanceList' ? 'AddToBalanceListInput' : 'RemoveFromBalanceListInput';
      await gql(page.request, `mutation($i: ${input}!) { ${mutation}(input: $i) { case { id } } }`, { i: { caseId, meetingId } });
    }
  }

  await open(page, `/moten/${encodeURIComponent('FG-HÄ 2025-01-14')}`);
  const list = page.getByRole('list', { name: 'Ärenden på balanslistan' });
  await expect(page.getByText(/0 ärenden på listan/)).toBeVisible();

  await page.getByRole('link', { name: /Nästa möte \(11 februari 2025\)/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('FG-HÄ 11 februari 2025');
  await expect(page.getByText(/2 ärenden på listan.*2 nytillkomna, 0 avförda/)).toBeVisible();
  await expect(list.getByRole('listitem').filter({ hasText: 'FG-HÄ 2025:11' })).toContainText('Ny på listan');
  await expect(list.getByRole('listitem').filter({ hasText: 'FG-HÄ 2025:2 ' })).toContainText('Ny på listan');

  await page.getByRole('link', { name: /Nästa möte \(4 mars 2025\)/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('FG-HÄ 4 mars 2025');
  await expect(page.getByText(/1 ärende(n)? på listan.*0 nytillkomna, 1 avförda/)).toBeVisible();
  await expect(list.getByRole('link', { name: 'FG-HÄ 2025:11' })).toBeVisible();
  await expect(page.getByRole('list').filter({ hasText: 'FG-HÄ 2025:2 ' }).last()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Avförda sedan föregående möte' })).toBeVisible();

  // Before the meeting, the list is as the previous meeting left it.
  await page.locator('label', { hasText: 'Inför mötet' }).click();
  await expect(page.getByRole('radio', { name: 'Inför mötet' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Balanslistan inför mötet 4 mars 2025' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'FG-HÄ 2025:2' , exact: true })).toBeVisible();
});

test('importing a protocol through the review screen records the corrected draft, and its cases link to their paragraphs', async ({ page }) => {
  await asSecretary(page);
  const protocol = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/protocols/004_5bdb85c66693e9e6.txt'), 'utf8')
    .replace('14 januari 2025', '11 mars 2025')
    .replace('14 januari kl. 13.00', '11 mars kl. 13.00');
  await open(page, '/importera');
  await page.getByLabel('Forum', { exact: true }).selectOption('FG-HÄ');
  await page.getByLabel('Protokollets text').fill(protocol);
  await page.getByRole('button', { name: 'Läs in' }).click();
  await expect(page.getByRole('heading', { name: /Utkast: \d+ post(er)?/ })).toBeVisible();
  await expect(page.getByText('2025-03-11 kl. 13:00')).toBeVisible();
  // The forum the protocol matched, to confirm.
  await expect(page.getByLabel('Registrera i forum')).toHaveValue('FG-HÄ');

  // A question the reader linked to the open case of January (the same protocol, earlier).
  const items = page.locator('fieldset.import-item');
  const questions = items.filter({ has: page.locator('legend', { hasText: /^§ \S+ Fråga: / }) });
  let item = questions.first();
  for (let at = 0; at < (await questions.count()); at += 1) {
    if ((await questions.nth(at).getByLabel('Koppling till tidigare ärende').inputValue()) !== '') {
      item = questions.nth(at);
      break;
    }
  }
  const legend = (await item.locator('legend').textContent())!;
  // The item stays where it is while its kind, and so its heading, changes.
  const typeId = (await item.getByLabel('Typ').getAttribute('id'))!;
  item = items.filter({ has: page.locator(`[id="${typeId}"]`) });
  await expect(item.getByLabel('Koppling till tidigare ärende')).not.toHaveValue('');
  const parts = /^§ (\S+) Fråga: (.*)$/.exec(legend);
  const section = parts?.[1] ?? '';
  const title = parts?.[2] ?? '';
  expect(section, legend).not.toBe('');
  // Choosing it marks its words in the source text.
  await item.getByRole('button', { name: 'Visa i texten' }).click();
  await expect(page.locator('.import-source mark')).not.toHaveText('');
  await checkScreen(page, 'importera');

  // Corrected: not the old case but a new one, a promise of the employer to Vision.
  await item.getByLabel('Koppling till tidigare ärende').selectOption('');
  await item.getByLabel('Typ').selectOption('COMMITMENT');
  await item.getByLabel('Åtar sig').selectOption('Arbetsgivaren');
  await item.getByLabel('Åtagandet gäller').selectOption('Vision');
  await expect(page.locator('fieldset.import-item legend', { hasText: `§ ${section} Åtagande: ${title}` })).toBeVisible();
  // A due before the meeting is refused: in Swedish, beside the item, and what was chosen stays.
  await item.getByLabel('Senast (datum)').fill('2025-01-31');
  await page.getByRole('button', { name: 'Registrera protokollet' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Protokollet registrerades inte');
  await expect(item.getByRole('alert')).toContainText('förfallodag');
  await expect(item.getByLabel('Typ')).toHaveValue('COMMITMENT');
  await expect(item.getByLabel('Åtagandet gäller')).toHaveValue('Vision');
  await expect(item.getByLabel('Koppling till tidigare ärende')).toHaveValue('');
  await item.getByLabel('Senast (datum)').fill('2025-04-30');
  await page.getByRole('button', { name: 'Registrera protokollet' }).click();
  await expect(page.getByRole('status')).toContainText('Protokollet är registrerat');
  await page.getByRole('link', { name: 'Visa mötet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('FG-HÄ 11 mars 2025');
  await expect(page.getByRole('link', { name: 'Protokollets text, paragraf för paragraf' })).toBeVisible();

  const data = await gql<{ cases: { edges: { node: { number: string; title: string; kind: string } }[] } }>(
    page.request,
    '{ cases(filter: { meetingId: "FG-HÄ 2025-03-11", kind: COMMITMENT }, first: 100) { edges { node { number title kind } } } }',
  );
  const made = data.cases.edges.map((e) => e.node).find((c) => title.startsWith(c.title.slice(0, 20)) || c.title.startsWith(title.slice(0, 20)));
  expect(made, JSON.stringify(data)).toBeTruthy();
  await open(page, `/arenden/${encodeURIComponent(made!.number)}`);
  await expect(page.locator('dl.facts')).toContainText('Åtagande');
  const owed = page.getByRole('region', { name: 'Vad som är skyldigt nu' }).last();
  await expect(owed).toContainText('Arbetsgivaren');
  await expect(owed).toContainText('Vision');

  // Its history links to the paragraph of the protocol it came from.
  await page.getByRole('link', { name: `§ ${section} i protokollet` }).first().click();
  await expect(page).toHaveURL(new RegExp(`/protokoll#p-${section.replace('.', '\\.')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protokoll: FG-HÄ 11 mars 2025');
  const paragraph = page.locator(`section#p-${section.replace('.', '\\.')}`);
  await expect(paragraph).toBeVisible();
  // Its heading, as the protocol writes it: "§ 5 …" or "5. …".
  await expect(paragraph).toHaveText(new RegExp(`^\\s*(§\\s*)?${section.replace('.', '\\.')}\\b`));
  await expect(paragraph).toBeFocused();
  await checkScreen(page, 'protokoll');
});

test('signed in as Kommunal, the overview shows what the employer owes Kommunal', async ({ page }) => {
  await signIn(page, 'kommunal');
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Översikt för Kommunal');
  const owedToUs = page.getByRole('region', { name: 'Är skyldiga oss' });
  await expect(owedToUs.getByRole('link', { name: 'FG-SOF 2023:1' })).toBeVisible();
  await expect(owedToUs).toContainText('Arbetsgivaren');
});

test('what a union representative records names them in the case’s history', async ({ page }) => {
  await signIn(page, 'kommunal');
  const forums = await gql<{ forums: { id: string; code: string }[] }>(page.request, '{ forums { id code } }');
  const forum = forums.forums.find((f) => f.code === 'FG-HÄ')?.id;
  const raised = await gql<{ raiseQuestion: { case: { number: string } } }>(
    page.request,
    'mutation($f: ID!) { raiseQuestion(input: { forumId: $f, title: "Vikarier under julen", raisedBy: "Kommunal", addressedTo: "Arbetsgivaren" }) { case { number } } }',
    { f: forum },
  );
  await open(page, `/arenden/${encodeURIComponent(raised.raiseQuestion.case.number)}`);
  await expect(page.getByText('registrerat av Kommunal (demo)').first()).toBeVisible();
});

test('a reader without write rights sees no write forms', async ({ page }) => {
  const me = await (await page.request.get(url('/auth/me'))).json();
  expect(me.canWrite).toBe(false);
  await open(page, '/');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Registrera' })).toHaveCount(0);
  await open(page, '/registrera');
  await expect(page.getByRole('button', { name: 'Spara' })).toHaveCount(0);
  await expect(page.getByText('Du har inte behörighet att registrera')).toBeVisible();
  await open(page, '/importera');
  await expect(page.getByRole('button', { name: 'Läs in' })).toHaveCount(0);
});
