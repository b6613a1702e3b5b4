// A small evaluator for the one-line Python boolean expressions in feedparser's `Expect:` comments:
// literals, names, subscripts, attributes, calls, comparisons (chained), in/is/not, and/or, `+`.

/** A Python value as seen by the evaluator. */
export type PyValue =
  | string
  | number
  | boolean
  | null
  | PyValue[]
  | PyMapping
  | PyCallable
  | { readonly kind: 'marker'; readonly name: string };

/** A dictionary-like object with Python lookup semantics. */
export type PyMapping = {
  readonly kind: 'mapping';
  get(key: string): PyValue | undefined;
  keys(): string[];
};

/** A callable (built-in or bound method). */
export type PyCallable = { readonly kind: 'callable'; call(args: PyValue[]): PyValue };

type Token = { t: 'num' | 'str' | 'name' | 'op'; v: string };
type Node = (scope: Scope) => PyValue;
/** Names visible to an expression. */
export type Scope = (name: string) => PyValue | undefined;

/** Raised for Python errors (KeyError, IndexError, ...); an expectation that raises does not hold. */
export class PyError extends Error {}

const OPS = [
  '==',
  '!=',
  '<=',
  '>=',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '.',
  '<',
  '>',
  '+',
  '-',
  '%',
  '*',
];

function unescapePy(body: string): string {
  return body.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|n|t|r|\\|'|"|0|\n)/g,
    (_m, e: string) => {
      if (e[0] === 'x' || e[0] === 'u' || e[0] === 'U')
        return String.fromCodePoint(Number.parseInt(e.slice(1), 16));
      return ({ n: '\n', t: '\t', r: '\r', '0': '\0', '\n': '' } as Record<string, string>)[e] ?? e;
    },
  );
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const str = /^[uUbBrR]?('''|"""|'|")/.exec(src.slice(i, i + 4));
    if (str?.[1]) {
      const q = str[1];
      let j = i + str[0].length;
      let body = '';
      while (j < src.length && !src.startsWith(q, j)) {
        if (src[j] === '\\') {
          body += src.slice(j, j + 2);
          j += 2;
        } else body += src[j++];
      }
      out.push({ t: 'str', v: /^[rR]/.test(str[0]) ? body : unescapePy(body) });
      i = j + q.length;
      continue;
    }
    const num = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_]\w*/.exec(src.slice(i));
    if (name) {
      out.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new PyError(`unexpected character ${c}`);
    out.push({ t: 'op', v: op });
    i += op.length;
  }
  return out;
}

/** Python truthiness. */
export function truthy(v: PyValue | undefined): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object' && v.kind === 'mapping') return v.keys().length > 0;
  return true;
}

/** Python `==` (deep, mappings compared by keys and values, True == 1). */
export function pyEquals(a: PyValue | undefined, b: PyValue | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (typeof a === 'boolean' || typeof b === 'boolean')
    return Number(a) === Number(b) && typeof a !== 'string' && typeof b !== 'string';
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEquals(x, b[i]))
    );
  }
  if (typeof a === 'object' && typeof b === 'object' && a.kind === 'mapping' && b.kind === 'mapping') {
    const ka = a.keys().sort();
    const kb = b.keys().sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && pyEquals(a.get(k), b.get(k)));
  }
  return a === b;
}

function index(target: PyValue, key: PyValue): PyValue {
  if (Array.isArray(target) || typeof target === 'string') {
    if (typeof key !== 'number') throw new PyError('TypeError: indices must be integers');
    const i = key < 0 ? target.length + key : key;
    const v = target[i];
    if (v === undefined) throw new PyError('IndexError');
    return v;
  }
  if (target && typeof target === 'object' && target.kind === 'mapping') {
    const v = target.get(String(key));
    if (v === undefined) throw new PyError(`KeyError: ${String(key)}`);
    return v;
  }
  throw new PyError('TypeError: not subscriptable');
}

function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') return typeof item === 'string' && container.includes(item);
  if (Array.isArray(container)) return container.some((x) => pyEquals(x, item));
  if (container && typeof container === 'object' && container.kind === 'mapping') {
    return container.get(String(item)) !== undefined;
  }
  throw new PyError('TypeError: not a container');
}

/** A plain mapping over JS entries (for dict literals). */
export function literalMapping(entries: [string, PyValue][]): PyMapping {
  const map = new Map(entries);
  return { kind: 'mapping', get: (k) => map.get(k), keys: () => [...map.keys()] };
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}
  private peek(v?: string): boolean {
    const t = this.tokens[this.i];
    return t !== undefined && (v === undefined || ((t.t === 'op' || t.t === 'name') && t.v === v));
  }
  private take(v?: string): Token {
    const t = this.tokens[this.i];
    if (!t || (v !== undefined && t.v !== v)) throw new PyError(`expected ${v ?? 'token'}`);
    this.i++;
    return t;
  }
  done(): boolean {
    return this.i >= this.tokens.length;
  }
  expr(): Node {
    let left = this.and();
    while (this.peek('or')) {
      this.take();
      const l = left;
      const r = this.and();
      left = (s) => {
        const v = l(s);
        return truthy(v) ? v : r(s);
      };
    }
    return left;
  }
  private and(): Node {
    let left = this.not();
    while (this.peek('and')) {
      this.take();
      const l = left;
      const r = this.not();
      left = (s) => {
        const v = l(s);
        return truthy(v) ? r(s) : v;
      };
    }
    return left;
  }
  private not(): Node {
    if (this.peek('not')) {
      this.take();
      const inner = this.not();
      return (s) => !truthy(inner(s));
    }
    return this.comparison();
  }
  private compOp(): string | null {
    const t = this.tokens[this.i];
    if (!t) return null;
    if (t.t === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(t.v)) return this.take().v;
    if (t.t === 'name' && t.v === 'in') return this.take().v;
    if (t.t === 'name' && t.v === 'not' && this.tokens[this.i + 1]?.v === 'in') {
      this.i += 2;
      return 'not in';
    }
    if (t.t === 'name' && t.v === 'is') {
      this.take();
      if (this.peek('not')) {
        this.take();
        return 'is not';
      }
      return 'is';
    }
    return null;
  }
  private comparison(): Node {
    const first = this.sum();
    const rest: [string, Node][] = [];
    for (let op = this.compOp(); op !== null; op = this.compOp()) rest.push([op, this.sum()]);
    if (rest.length === 0) return first;
    return (s) => {
      let left = first(s);
      for (const [op, node] of rest) {
        const right = node(s);
        if (!compare(op, left, right)) return false;
        left = right;
      }
      return true;
    };
  }
  private sum(): Node {
    let left = this.unary();
    while (this.peek('+') || this.peek('-')) {
      const op = this.take().v;
      const l = left;
      const r = this.unary();
      left = (s) => {
        const a = l(s);
        const b = r(s);
        if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
        if (typeof a === 'number' && typeof b === 'number') return op === '+' ? a + b : a - b;
        throw new PyError('TypeError: unsupported operands');
      };
    }
    return left;
  }
  private unary(): Node {
    if (this.peek('-')) {
      this.take();
      const inner = this.unary();
      return (s) => -Number(inner(s));
    }
    return this.postfix();
  }
  private postfix(): Node {
    let node = this.atom();
    for (;;) {
      if (this.peek('[')) {
        this.take();
        const key = this.expr();
        this.take(']');
        const target = node;
        node = (s) => index(target(s), key(s));
      } else if (this.peek('.')) {
        this.take();
        const name = this.take().v;
        const target = node;
        node = (s) => attribute(target(s), name);
      } else if (this.peek('(')) {
        this.take();
        const args: Node[] = [];
        while (!this.peek(')')) {
          args.push(this.expr());
          if (this.peek(',')) this.take();
        }
        this.take(')');
        const target = node;
        node = (s) => {
          const f = target(s);
          if (!f || typeof f !== 'object' || Array.isArray(f) || f.kind !== 'callable')
            throw new PyError('not callable');
          return f.call(args.map((a) => a(s)));
        };
      } else return node;
    }
  }
  private atom(): Node {
    const t = this.take();
    if (t.t === 'num') return () => Number(t.v);
    if (t.t === 'str') {
      let value = t.v;
      while (this.tokens[this.i]?.t === 'str') value += this.take().v;
      return () => value;
    }
    if (t.t === 'name') {
      if (t.v === 'None') return () => null;
      if (t.v === 'True') return () => true;
      if (t.v === 'False') return () => false;
      return (s) => {
        const v = s(t.v);
        if (v === undefined) throw new PyError(`NameError: ${t.v}`);
        return v;
      };
    }
    if (t.v === '(' || t.v === '[') {
      const close = t.v === '(' ? ')' : ']';
      const items: Node[] = [];
      let comma = false;
      while (!this.peek(close)) {
        items.push(this.expr());
        if (this.peek(',')) {
          this.take();
          comma = true;
        }
      }
      this.take(close);
      if (t.v === '(' && items.length === 1 && !comma) return items[0] as Node;
      return (s) => items.map((n) => n(s));
    }
    if (t.v === '{') {
      const pairs: [Node, Node][] = [];
      while (!this.peek('}')) {
        const k = this.expr();
        this.take(':');
        pairs.push([k, this.expr()]);
        if (this.peek(',')) this.take();
      }
      this.take('}');
      return (s) => literalMapping(pairs.map(([k, v]) => [String(k(s)), v(s)]));
    }
    throw new PyError(`unexpected ${t.v}`);
  }
}

function compare(op: string, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case '==':
      return pyEquals(a, b);
    case '!=':
      return !pyEquals(a, b);
    case 'is':
      return a === b || (a === null && b === null);
    case 'is not':
      return a !== b;
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
    default: {
      if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string'))
        throw new PyError('TypeError');
      const x = a as number | string;
      const y = b as number | string;
      return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
    }
  }
}

function method(fn: (args: PyValue[]) => PyValue): PyCallable {
  return { kind: 'callable', call: fn };
}

function attribute(target: PyValue, name: string): PyValue {
  if (target && typeof target === 'object' && !Array.isArray(target) && target.kind === 'mapping') {
    if (name === 'get') return method(([k, d]) => target.get(String(k)) ?? d ?? null);
    if (name === 'has_key') return method(([k]) => target.get(String(k)) !== undefined);
    if (name === 'keys') return method(() => target.keys());
    const v = target.get(name);
    if (v === undefined) throw new PyError(`AttributeError: ${name}`);
    return v;
  }
  if (typeof target === 'string') {
    if (name === 'strip') return method(() => target.trim());
    if (name === 'startswith') return method(([p]) => target.startsWith(String(p)));
  }
  if (target && typeof target === 'object' && !Array.isArray(target) && target.kind === 'marker') {
    return { kind: 'marker', name: `${target.name}.${name}` };
  }
  throw new PyError(`AttributeError: ${name}`);
}

/** Evaluates a Python expression in `scope`; returns its truthiness, false when it raises. */
export function evaluateExpectation(source: string, scope: Scope): { ok: boolean; error?: string } {
  try {
    const parser = new Parser(tokenize(source));
    const node = parser.expr();
    if (!parser.done()) throw new PyError('trailing tokens');
    return { ok: truthy(node(scope)) };
  } catch (error) {
    if (error instanceof PyError) return { ok: false, error: error.message };
    throw error;
  }
}
