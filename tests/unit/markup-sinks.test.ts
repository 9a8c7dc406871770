// The markup-sink check guards every place page text could turn into markup or code; these tests make sure
// the check itself notices a planted sink, so a broken regular expression cannot pass CI silently.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../..');
const CHECK = join(REPO, 'scripts/check-markup-sinks.mjs');

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function runCheck(cwd: string) {
  const result = spawnSync(process.execPath, [CHECK], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function treeWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'markup-sinks-'));
  tempDirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const SAFE = 'export function show(el: HTMLElement, text: string) {\n  el.textContent = text;\n}\n';

describe('scripts/check-markup-sinks.mjs', () => {
  it('passes on a tree that renders text as text', () => {
    const result = runCheck(treeWith({ 'lib/show.ts': SAFE, 'components/Card.tsx': SAFE }));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('markup sinks: none');
  });

  it.each([
    ['lib/render.ts', 'el.innerHTML = text;'],
    ['lib/render.ts', 'el.outerHTML = text;'],
    ['entrypoints/content.ts', "el.insertAdjacentHTML('beforeend', text);"],
    ['entrypoints/popup/main.tsx', 'document.write(text);'],
    ['entrypoints/popup/main.tsx', 'document.writeln(text);'],
    ['components/Card.tsx', 'return <div dangerouslySetInnerHTML={{ __html: text }} />;'],
    ['lib/text/run.ts', 'const value = eval(text);'],
    ['lib/text/run.ts', "const fn = new Function('x', text);"],
    ['lib/text/run.ts', "setTimeout('alert(1)', 10);"],
    ['entrypoints/library/index.html', '<script>document.write("x")</script>'],
  ])('fails on %s containing `%s`, naming the file and line', (path, line) => {
    const result = runCheck(treeWith({ [path]: `// a file\n${line}\n`, 'lib/show.ts': SAFE }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path}:2`);
    expect(result.stderr).toMatch(/1 markup sink\(s\) found/);
  });

  it('does not flag reading a property or a method that merely ends in eval', () => {
    const result = runCheck(
      treeWith({ 'lib/read.ts': 'const html = el.outerHTML;\nconst x = retrieval(1);\nobj.eval(2);\n' }),
    );
    expect(result.code).toBe(0);
  });

  it('ignores folders outside entrypoints/, components/ and lib/', () => {
    const result = runCheck(
      treeWith({ 'tests/unit/x.test.ts': 'el.innerHTML = "<p>fixture</p>";', 'lib/a.ts': SAFE }),
    );
    expect(result.code).toBe(0);
  });

  it('accepts a sink only with a stated reason on the same line, and prints the reason', () => {
    const allowed = runCheck(
      treeWith({
        'lib/svg.ts': 'el.innerHTML = ICON; // markup-sink-ok: a constant icon from our own bundle\n',
      }),
    );
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('allowed lib/svg.ts:1: a constant icon from our own bundle');

    const noReason = runCheck(treeWith({ 'lib/svg.ts': 'el.innerHTML = ICON; // markup-sink-ok:\n' }));
    expect(noReason.code).toBe(1);
  });

  it('passes on this repository', () => {
    const result = runCheck(REPO);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
