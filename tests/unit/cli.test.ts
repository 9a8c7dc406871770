// The digest CLI end to end: outline and JSON Lines, and bad inputs (missing, empty, PDF, 10 MB, 20,000
// levels of nesting) giving a one-line error or an empty result while the other inputs still come out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const CLI_TIMEOUT_MS = 120_000;

function digest(...args: string[]) {
  const run = spawnSync(process.execPath, [TSX, join(ROOT, 'scripts', 'digest.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: CLI_TIMEOUT_MS,
    maxBuffer: 64 << 20,
  });
  const stderrLines = run.stderr.split('\n').filter(Boolean);
  return { code: run.status, stdout: run.stdout, stderrLines };
}

const BULLETIN = [
  '激发内生动力 锻造公安铁军',
  '近年来,全区公安机关各级政工部门着力锻造公安铁军,以强大的思想、组织和纪律保证,全面助推公安工作高质量发展。',
  '(陆晗)',
  '内蒙古公安机关开展保护知识产权宣传活动',
  '呼和浩特讯 4月22日,自治区公安厅、呼和浩特市公安局两级公安机关开展了保护知识产权宣传活动。',
  '(戴紫君)',
].join('\n\n');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-cli-'));
  writeFileSync(join(dir, 'bulletin.txt'), BULLETIN);
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(
    join(dir, 'report.pdf'),
    Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1'),
  );
  const deep = `<html><body>${'<div>'.repeat(20_000)}<p>Deep text.</p>${'</div>'.repeat(20_000)}</body></html>`;
  writeFileSync(join(dir, 'deep.html'), deep);
  const paragraph =
    '<p>The council met on Tuesday to discuss the budget, and members argued for a long time.</p>';
  writeFileSync(
    join(dir, 'big.html'),
    `<html><body><h1>Big</h1>${paragraph.repeat((10 << 20) / paragraph.length)}</body></html>`,
  );
});

describe('digest CLI', () => {
  it('prints an outline of each article by default', () => {
    const { code, stdout, stderrLines } = digest(join(dir, 'bulletin.txt'));
    expect(code).toBe(0);
    expect(stderrLines).toEqual([]);
    expect(stdout).toContain('2 articles');
    expect(stdout).toContain('1. 激发内生动力 锻造公安铁军');
    expect(stdout).toContain('2. 内蒙古公安机关开展保护知识产权宣传活动');
    expect(stdout).toMatch(/呼和浩特 · .*戴紫君/);
    expect(stdout).toContain('1 paragraph');
  });

  it(
    'gives one JSON line per readable input with its source, one stderr line per unreadable one',
    () => {
      const args = ['bulletin.txt', 'missing.html', 'empty.html', 'report.pdf', 'deep.html', 'big.html'].map(
        (f) => join(dir, f),
      );
      const { code, stdout, stderrLines } = digest('--json', ...args);
      expect(code).toBe(1);
      const lines = stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      expect(lines.map((b) => b.source)).toEqual([args[0], args[2], args[4], args[5]]);
      expect(lines[0].articles.map((a: { headline: string }) => a.headline)).toEqual([
        '激发内生动力 锻造公安铁军',
        '内蒙古公安机关开展保护知识产权宣传活动',
      ]);
      expect(lines[1].articles).toEqual([]);
      // The 10 MB page exceeds the walk budget: whatever was read in time, marked as cut short.
      expect(Array.isArray(lines[3].articles)).toBe(true);
      expect(lines[3].truncated).toBe(true);
      expect(stderrLines).toHaveLength(2);
      expect(stderrLines[0]).toMatch(/missing\.html: no such file$/);
      expect(stderrLines[1]).toMatch(/report\.pdf: a PDF, not a page$/);
    },
    CLI_TIMEOUT_MS,
  );

  it('exits 0 when every input could be read, and explains its usage without inputs', () => {
    expect(digest('--json', join(dir, 'empty.html')).code).toBe(0);
    const usage = digest();
    expect(usage.code).toBe(2);
    expect(usage.stderrLines[0]).toMatch(/^usage:/);
  });
});
