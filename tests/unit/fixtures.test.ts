// Golden fixtures, found automatically: every tests/fixtures/<site>--<case>.html (or .txt) is extracted and
// compared with tests/expected/<site>--<case>.json — on happy-dom and on linkedom, which must agree.
// Only extraction fields are compared (kind, title, lang, site, canonical URL, and each article's
// headline, deck, dateline, date, authors, figures, sections), never summaries.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPage, projectBulletin } from './extract-support';

const TESTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES_DIR = join(TESTS_DIR, 'fixtures');
const EXPECTED_DIR = join(TESTS_DIR, 'expected');
const FIXTURE_NAME = /^([a-z0-9-]+)--([a-z0-9-]+)\.(html|txt)$/;

interface Expected extends ReturnType<typeof projectBulletin> {
  /** The page's address, passed to extract() (fixtures are offline copies). */
  url: string;
}

const fixtures = existsSync(FIXTURES_DIR)
  ? readdirSync(FIXTURES_DIR)
      .filter((name) => FIXTURE_NAME.test(name))
      .sort()
  : [];

function load(name: string): { source: string; kind: 'html' | 'text'; expected: Expected } {
  const source = readFileSync(join(FIXTURES_DIR, name), 'utf8');
  const expectedPath = join(EXPECTED_DIR, name.replace(/\.(html|txt)$/, '.json'));
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
  return { source, kind: name.endsWith('.txt') ? 'text' : 'html', expected };
}

describe('golden fixtures', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('%s has an expected JSON', (name) => {
    expect(existsSync(join(EXPECTED_DIR, name.replace(/\.(html|txt)$/, '.json')))).toBe(true);
  });

  it.each(fixtures)('%s comes out as expected on happy-dom', (name) => {
    const { source, kind, expected } = load(name);
    const { url, ...fields } = expected;
    expect(projectBulletin(extractPage(source, kind, 'happy-dom', url))).toEqual(fields);
  });

  it.each(fixtures)('%s comes out the same on linkedom', (name) => {
    const { source, kind, expected } = load(name);
    const onHappyDom = projectBulletin(extractPage(source, kind, 'happy-dom', expected.url));
    expect(projectBulletin(extractPage(source, kind, 'linkedom', expected.url))).toEqual(onHappyDom);
  });
});
