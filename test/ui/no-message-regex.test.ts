/**
 * No regular expression over message text anywhere in src/ui: errors and notices reach the UI as data (a code
 * and values) and are worded from the language tables, so rewording an English message can never silently
 * break another language. A regular expression "over message text" is one that
 *   - spells out English prose (two words or more, e.g. /at most ([\d,]+) units a quarter/), or
 *   - is applied to something called message or msg (`re.exec(e.message)`, `msg.match(re)`), or
 * any text compared to or searched for a fixed English phrase (`p.message.startsWith('Enter a max price')`,
 * `raw === 'shared link'`), and a message compared to or searched for anything (`e.message === expected`,
 * `msg.includes(word)`).
 *
 * Nothing is allowed: the engine's errors, the store's notices and the record problems (src/replay/problems.ts)
 * all reach the UI as codes and values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const UI = join(ROOT, 'src/ui');

interface Finding {
  file: string;
  text: string;
  why: string;
}

/** An ESTree node as the parser gives it (oxc through rolldown), read loosely. */
type Node = { type: string; start: number; end: number; [k: string]: unknown };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

/** Two English words in a row (a space, `\s` or `\ ` between them): prose, not a pattern of symbols. */
const PROSE = /[A-Za-z]{2,}(?: |\\s[+*]?|\\ )+[A-Za-z]{2,}/;
const REGEX_METHODS = new Set(['exec', 'test', 'match', 'matchAll', 'replace', 'replaceAll', 'search', 'split']);
const TEXT_METHODS = new Set(['startsWith', 'endsWith', 'includes', 'indexOf']);
const MESSAGE_NAME = /^(message|msg)$/i;

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && typeof (x as Node).type === 'string';

/** The expression under type assertions and parentheses. */
function bare(n: Node): Node {
  let x = n;
  while (['TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'ParenthesizedExpression'].includes(x.type) && isNode(x.expression)) x = x.expression;
  return x;
}

function isMessage(n: Node): boolean {
  const x = bare(n);
  if (x.type === 'Identifier') return MESSAGE_NAME.test(String(x.name));
  if (x.type === 'MemberExpression' && isNode(x.property) && !x.computed) return MESSAGE_NAME.test(String(x.property.name));
  return false;
}

const isRegexLiteral = (n: Node): boolean => n.type === 'Literal' && isNode(n) && typeof n.regex === 'object' && n.regex !== null;
const isNewRegExp = (n: Node): boolean => n.type === 'NewExpression' && isNode(n.callee) && n.callee.type === 'Identifier' && n.callee.name === 'RegExp';
const isRegex = (n: Node): boolean => isRegexLiteral(bare(n)) || isNewRegExp(bare(n));
const stringOf = (n: Node | undefined): string | null => (n && n.type === 'Literal' && typeof n.value === 'string' ? n.value : null);

/** The regular expressions over message text in one source file. */
function findings(file: string, source: string): Finding[] {
  const ast = parseAst(source, { lang: 'ts' }, file) as unknown as Node;
  const out: Finding[] = [];
  const rel = relative(ROOT, file);
  const text = (n: Node) => source.slice(n.start, n.end);
  const visit = (n: Node): void => {
    if (isRegexLiteral(n) && PROSE.test(String(n.raw))) out.push({ file: rel, text: text(n), why: 'a regular expression spelling out English prose' });
    if (isNewRegExp(n)) {
      const arg = (n.arguments as Node[])[0];
      const lit = stringOf(arg);
      if (lit === null || PROSE.test(lit)) out.push({ file: rel, text: text(n), why: 'a RegExp built from text' });
    }
    if (n.type === 'CallExpression' && isNode(n.callee) && n.callee.type === 'MemberExpression' && isNode(n.callee.property) && isNode(n.callee.object)) {
      const method = String(n.callee.property.name);
      const target = n.callee.object;
      const args = n.arguments as Node[];
      const regexInvolved = isRegex(target) || args.some(isRegex);
      if (REGEX_METHODS.has(method) && regexInvolved && (isMessage(target) || args.some(isMessage))) out.push({ file: rel, text: text(n), why: 'a regular expression applied to a message' });
      const lit = stringOf(args[0]);
      if (TEXT_METHODS.has(method) && lit !== null && PROSE.test(lit)) out.push({ file: rel, text: text(n), why: 'text searched for fixed English' });
      // A message searched for words (punctuation is fine: `msg.endsWith('.')` finishes a sentence).
      else if (TEXT_METHODS.has(method) && isMessage(target) && !(lit !== null && !/[A-Za-z]/.test(lit))) out.push({ file: rel, text: text(n), why: 'a message searched' });
    }
    if (n.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(String(n.operator)) && isNode(n.left) && isNode(n.right)) {
      const lit = stringOf(n.left) ?? stringOf(n.right);
      if (lit !== null && PROSE.test(lit)) out.push({ file: rel, text: text(n), why: 'text compared to fixed English' });
      else if (isMessage(n.left) || isMessage(n.right)) out.push({ file: rel, text: text(n), why: 'a message compared' });
    }
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) for (const c of v) if (isNode(c)) visit(c);
      if (isNode(v)) visit(v);
    }
  };
  visit(ast);
  return out;
}

describe('no regular expression over message text in src/ui', () => {
  const all = files(UI).flatMap((f) => findings(f, readFileSync(f, 'utf8')));

  it('finds none', () => {
    expect(all.map((x) => `${x.file}: ${x.why}: ${x.text}`)).toEqual([]);
  });

  it('reads the files of src/ui, in its folders too', () => {
    const read = files(UI).map((f) => relative(ROOT, f));
    for (const f of ['src/ui/error-text.ts', 'src/ui/notice-text.ts', 'src/ui/record-problem-text.ts', 'src/ui/play/budget-text.ts']) expect(read).toContain(f);
  });

  it('the scanner finds what it is meant to find', () => {
    const probe = [
      "const m = /at most ([\\d,]+) units a quarter/.exec(e.message);",
      "if (/already partnered/.test(msg)) x();",
      "const r = new RegExp(`^${prefix} could not`);",
      "if (p.message.startsWith('Enter a max price')) y();",
      "if (e.message === 'No game is running.') z();",
      "const ok = msg.replace(/\\d+/g, '');",
      "if (e.message.includes(word)) w();",
      "if (err.message === expected) v();",
      "if (text.startsWith(\"The game could not be saved: the browser's storage\")) u();",
    ];
    for (const line of probe) expect(findings(join(UI, 'probe.ts'), line).length, line).toBeGreaterThan(0);
    const fine = ["const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color);", "const parts = path.split('/');", "name.replace(/\\.json$/i, '');", "const s = msg.endsWith('.') ? msg : `${msg}.`;"].join('\n');
    expect(findings(join(UI, 'fine.ts'), fine)).toEqual([]);
  });
});
