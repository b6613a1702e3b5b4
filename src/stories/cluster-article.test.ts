import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clusterStream, type StreamItem } from './cluster-stream.ts';
import { InMemoryStoryIndex } from './in-memory-story-index.ts';

const item = (
  key: string,
  publishedAt: string,
  title: string,
  text: string,
  url = `https://${key}.example/a`,
): StreamItem => ({
  key,
  title,
  text,
  publishedAt,
  url,
});

async function cluster(items: StreamItem[]) {
  const results = await clusterStream(items, new InMemoryStoryIndex());
  return new Map(results.map((r) => [r.key, r]));
}

describe('clusterStream (exact, near-duplicate and same-development layers)', () => {
  it('joins a syndicated copy with a different headline as a near-duplicate', async () => {
    const body =
      'US and international law enforcement agencies have taken down servers and websites linked to the BlackSuit ' +
      'ransomware group and seized about $1 million in cryptocurrency, the Justice Department said on Monday.';
    const r = await cluster([
      item('a', '2025-08-12T10:00:00Z', 'BlackSuit ransomware takedown seizes $1M', body),
      item('b', '2025-08-12T14:00:00Z', 'US takes down BlackSuit gang sites', `${body} Read more.`),
    ]);
    assert.equal(r.get('b')?.story, 'a');
  });

  it('joins two outlets with different titles and texts reporting one development', async () => {
    const r = await cluster([
      item(
        'a',
        '2025-08-10T08:00:00Z',
        'Embargo ransomware group moved $34M in crypto since April: TRM Labs',
        'TRM Labs says the Embargo ransomware group has moved over $34 million in ransom-linked crypto since April, targeting US hospitals.',
      ),
      item(
        'b',
        '2025-08-11T09:00:00Z',
        'Embargo Ransomware Hits U.S. Hospitals for $34M in Crypto – TRM Labs',
        'New ransomware group Embargo extracted over $34M in crypto from U.S. hospitals and infrastructure since April, TRM Labs says.',
      ),
    ]);
    assert.equal(r.get('b')?.story, 'a');
  });

  it('keeps a breach disclosure and the CEO resignation apart, linked as related', async () => {
    const r = await cluster([
      item(
        'breach',
        '2025-09-01T08:00:00Z',
        'Acme Corp discloses data breach affecting 2 million customers',
        'Acme Corp said hackers stole names and account numbers of 2 million customers from its billing systems.',
      ),
      item(
        'resign',
        '2025-09-03T08:00:00Z',
        'Acme Corp chief executive resigns',
        'Acme Corp chief executive Jane Doe stepped down on Wednesday, the board said, naming an interim successor.',
      ),
    ]);
    assert.equal(r.get('breach')?.story, 'breach');
    assert.equal(r.get('resign')?.story, 'resign');
    assert.deepEqual(r.get('resign')?.related, ['breach']);
  });

  it('keeps templated press releases about different victims apart', async () => {
    const release = (victim: string) =>
      `PITTSBURGH, Aug. 11, 2025 (GLOBE NEWSWIRE) -- ${victim} recently announced a cybersecurity incident. Lynch Carpenter is investigating claims on behalf of affected individuals.`;
    const r = await cluster([
      item(
        'a',
        '2025-08-11T20:00:00Z',
        'Lynch Carpenter Investigates Claims in PhyNet Dermatology Data Breach',
        release('PhyNet Dermatology LLC'),
      ),
      item(
        'b',
        '2025-08-11T21:00:00Z',
        'Lynch Carpenter Investigates Claims in Langdon Data Breach',
        release('Langdon & Company LLP'),
      ),
    ]);
    assert.notEqual(r.get('b')?.story, r.get('a')?.story);
  });

  it('meets a company under its initials ("JLR") and its full name in one development', async () => {
    const r = await cluster([
      item(
        'full',
        '2025-09-10T09:00:00Z',
        'Jaguar Land Rover says data accessed in cyber attack',
        'Jaguar Land Rover said on Wednesday that some data had been accessed in the cyber attack that halted its factories.',
      ),
      item(
        'short',
        '2025-09-10T11:00:00Z',
        'JLR says some customer data was accessed in cyber attack',
        'The carmaker JLR said some data was accessed during the attack, reversing its earlier statement.',
      ),
    ]);
    assert.equal(r.get('short')?.story, 'full');
  });

  it('joins near-identical headlines that share no name', async () => {
    const r = await cluster([
      item(
        'a',
        '2025-09-11T08:00:00Z',
        "Children hacking their own schools for 'fun', watchdog warns",
        'Pupils are behind more than half of school data breaches, the Information Commissioner said.',
      ),
      item(
        'b',
        '2025-09-11T10:00:00Z',
        'Pupils hacking their own schools for fun, watchdog warns',
        'Students are responsible for most insider attacks on school systems, according to the watchdog.',
      ),
    ]);
    assert.equal(r.get('b')?.story, 'a');
  });

  it("keeps two law firms' press releases about the same victim apart (each is its own announcement)", async () => {
    const release = (firm: string) =>
      `NEW YORK, Sept. 10, 2025 (GLOBE NEWSWIRE) -- ${firm} is investigating claims on behalf of individuals affected by the Cornwell Quality Tools data breach.`;
    const r = await cluster([
      item(
        'a',
        '2025-09-10T12:00:00Z',
        'Cornwell Quality Tools Data Breach Investigated by Lynch Carpenter',
        release('Lynch Carpenter'),
      ),
      item(
        'b',
        '2025-09-10T15:00:00Z',
        'Cornwell Quality Tools Data Breach Investigated by Edelson Lechtzin',
        release('Edelson Lechtzin LLP'),
      ),
    ]);
    assert.notEqual(r.get('b')?.story, r.get('a')?.story);
    assert.deepEqual(r.get('b')?.related, ['a']);
  });

  it('is deterministic whatever the input order, and a same-URL repeat lands in the same story', async () => {
    const items = [
      item(
        'x',
        '2025-09-10T11:00:00Z',
        'LNER passenger data accessed in cyber attack',
        'Train operator LNER said contact details were accessed.',
        'https://x.example/lner',
      ),
      item(
        'y',
        '2025-09-10T12:00:00Z',
        'LNER passenger data accessed in cyber attack',
        'Train operator LNER said contact details were accessed.',
        'https://y.example/lner?utm_source=t',
      ),
      item('z', '2025-09-10T13:00:00Z', 'LNER data', 'Repeat.', 'https://www.y.example/lner#c'),
    ];
    const forward = await cluster(items);
    const backward = await cluster([...items].reverse());
    assert.deepEqual(
      [...forward.values()].map((r) => r.story),
      ['x', 'x', 'x'],
    );
    assert.deepEqual(
      [...backward.values()].map((r) => [r.key, r.story]).sort(),
      [...forward.values()].map((r) => [r.key, r.story]).sort(),
    );
  });

  it('joins a Title Case headline whose only name is capitalised like every word to an article naming it', async () => {
    const named = (publishedAt: string) =>
      item(
        'ico',
        publishedAt,
        'ICO fines Capita £14m after millions affected by data breach',
        "The UK's data watchdog said the outsourcing company Capita failed to protect the personal details of 6.6m people.",
      );
    const titleCase = item(
      'tc',
      '2025-10-15T11:00:00Z',
      'Capita Fined £14m Over 2023 Cyber-Attack Failures',
      'Capita fined £14 million by UK watchdog over failures linked to a 2023 cyber-attack.',
    );
    // Either way round: the later article finds the earlier one by the name or by the capitalised word.
    assert.equal((await cluster([named('2025-10-15T08:00:00Z'), titleCase])).get('tc')?.story, 'ico');
    assert.equal((await cluster([named('2025-10-15T14:00:00Z'), titleCase])).get('ico')?.story, 'tc');
  });

  it('keeps a near-duplicate published more than a week later apart (a late re-report)', async () => {
    const body =
      'Murphy Law Firm is investigating claims on behalf of all individuals whose personal information was ' +
      'compromised in the data breach involving Acme Holdings. To join the class action lawsuit, visit our site.';
    const r = await cluster([
      item('a', '2025-10-01T10:00:00Z', 'Acme Holdings data breach: Murphy Law Firm investigates', body),
      item(
        'b',
        '2025-10-12T10:00:00Z',
        'Murphy Law Firm investigates Acme Holdings data breach',
        `${body} Learn more.`,
      ),
    ]);
    assert.equal(r.get('b')?.story, 'b');
  });
});

describe('indexEntryOf', () => {
  it('files the article under exactly its recall keys', async () => {
    const { indexEntryOf, prepareArticle } = await import('./cluster-article.ts');
    const { recallKeys } = await import('./article-profile.ts');
    for (const [title, text] of <[string, string][]>[
      ['Capita Fined £14m Over Cyber Attack Data Breach', 'The ICO fined Capita after attackers took data.'],
      ['ransomware gang hits hospital', 'A hospital in Ohio said systems were down.'],
      ['x', ''],
    ]) {
      const prepared = prepareArticle({ title, text, publishedAt: '2025-10-01T00:00:00Z' });
      assert.deepEqual(indexEntryOf(prepared, 1, 1).keys, recallKeys(prepared.profile), title);
    }
  });
});
