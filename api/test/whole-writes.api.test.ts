// Crash safety, as a rule the code keeps: a section's change and its audit row commit together.
// `kernel.requests.create` takes the transaction (the type checker refuses anything else) and writes
// the request, its history and its audit row in it; this test reads the sections' server code and
// fails when one audits a change outside a transaction or writes the workflow's history itself.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourcesUnder(path);
    return path.endsWith('.ts') && !path.includes('demo-seed') ? [path] : [];
  });
}

const sectionServerCode = readdirSync(root)
  .filter((name) => name.startsWith('mfe-'))
  .flatMap((name) => sourcesUnder(join(root, name, 'api')));

/** The argument list of each call of `callee` in `source`, read by bracket matching. */
function callsOf(source: string, callee: string): string[] {
  const calls: string[] = [];
  let at = source.indexOf(`${callee}(`);
  while (at !== -1) {
    let depth = 0;
    let end = at + callee.length;
    for (; end < source.length; end++) {
      const char = source[end];
      if (char === '(' || char === '{' || char === '[') depth++;
      if (char === ')' || char === '}' || char === ']') depth--;
      if (depth === 0) break;
    }
    calls.push(source.slice(at + callee.length + 1, end));
    at = source.indexOf(`${callee}(`, end);
  }
  return calls;
}

/** How many arguments a call has (commas at the top level of its argument list). */
function argumentCount(args: string): number {
  let depth = 0;
  let count = args.trim() ? 1 : 0;
  for (const char of args) {
    if ('({['.includes(char)) depth++;
    if (')}]'.includes(char)) depth--;
    if (char === ',' && depth === 0) count++;
  }
  // A trailing comma (formatted calls) is not an argument.
  return args.trim().endsWith(',') ? count - 1 : count;
}

describe('whole writes (crash safety)', () => {
  test('the sections audit a change in its transaction: audit.record(entry, trx), never alone', () => {
    assert.ok(sectionServerCode.length > 20, 'the sections are read');
    const alone: string[] = [];
    for (const file of sectionServerCode) {
      for (const args of callsOf(readFileSync(file, 'utf8'), 'audit.record')) {
        if (argumentCount(args) < 2)
          alone.push(`${relative(root, file)}: audit.record(${args.slice(0, 60)}…)`);
      }
    }
    assert.deepEqual(alone, [], 'audit.record without its transaction (use recordAlone for a read)');
  });

  test('no section writes the workflow’s history or requests itself', () => {
    const direct = sectionServerCode.filter((file) =>
      /insertInto\('core\.(request_events|requests|request_attachments|audit_log)'\)/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    assert.deepEqual(
      direct.map((file) => relative(root, file)),
      [],
    );
  });

  test('the rule bites: it sees an audit row written alone', () => {
    const bad = "await kernel.audit.record({ actorKind: 'member', actorId: id, action: 'x' });";
    const good = 'await kernel.audit.record(\n  { action: f(a, b) },\n  trx,\n);';
    assert.equal(argumentCount(callsOf(bad, 'audit.record')[0] ?? ''), 1);
    assert.equal(argumentCount(callsOf(good, 'audit.record')[0] ?? ''), 2);
  });
});
