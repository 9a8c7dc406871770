#!/usr/bin/env node
// Fails when code in entrypoints/, components/ or lib/ uses an API that turns a string into markup or code.
// Page text must only ever be rendered as text. A line may opt out with `markup-sink-ok: <reason>` in a
// comment on the same line, and the reason is printed so a reviewer sees every exception.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['entrypoints', 'components', 'lib'];
const SINKS = [
  /\binnerHTML\b/,
  /\bouterHTML\s*=/,
  /\binsertAdjacentHTML\b/,
  /\bdocument\.write(ln)?\s*\(/,
  /\bdangerouslySetInnerHTML\b/,
  /(^|[^.\w])eval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /\bsetTimeout\s*\(\s*['"`]/,
];
const EXCEPTION = /markup-sink-ok:\s*(\S.*)$/;

function* files(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(m?[jt]sx?|html)$/.test(name)) yield path;
  }
}

let failures = 0;
for (const root of ROOTS) {
  for (const file of files(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!SINKS.some((re) => re.test(line))) return;
        const ok = EXCEPTION.exec(line);
        if (ok) console.log(`allowed ${file}:${i + 1}: ${ok[1]}`);
        else {
          failures++;
          console.error(`markup sink ${file}:${i + 1}: ${line.trim()}`);
        }
      });
  }
}
if (failures) {
  console.error(`${failures} markup sink(s) found: render page text as text.`);
  process.exit(1);
}
console.log('markup sinks: none');
