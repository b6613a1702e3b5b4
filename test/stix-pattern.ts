/**
 * A recognizer for the STIX 2.1 patterning grammar (STIX 2.1 §9; OASIS cti-stix2-json-schemas
 * pattern_grammar/STIXPattern.g4): a whole pattern is parsed, and the object paths it compares are returned,
 * so that callers can check the object types and properties exist. Test support only: the exporter writes
 * patterns, this reads them back the way a consuming platform does.
 */

/** An object path of a comparison: `file:hashes.'SHA-256'` is `{ type: 'file', property: 'hashes' }`. */
export type PatternPath = { readonly type: string; readonly property: string };

type Token = { readonly kind: string; readonly text: string };

const KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'FOLLOWEDBY',
  'LIKE',
  'MATCHES',
  'ISSUPERSET',
  'ISSUBSET',
  'EXISTS',
  'LAST',
  'IN',
  'START',
  'STOP',
  'SECONDS',
  'WITHIN',
  'REPEATS',
  'TIMES',
]);

// Lexer rules of STIXPattern.g4, longest match first where two could apply.
const LEXEMES: readonly [string, RegExp][] = [
  ['ws', /^\s+/],
  [
    'timestamp',
    /^t'\d{4}-(0[1-9]|1[012])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?Z'/,
  ],
  ['hex', /^h'([0-9a-fA-F]{2})*'/],
  ['binary', /^b'(([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?)'/],
  ['string', /^'([^'\\]|\\['\\])*'/],
  ['float', /^[+-]?\d*\.\d+/],
  ['int', /^[+-]?(0|[1-9]\d*)/],
  ['bool', /^(true|false)(?![A-Za-z0-9_-])/],
  ['identifier', /^[A-Za-z_][A-Za-z0-9_-]*/],
  ['op', /^(==|!=|<>|<=|>=|=|<|>)/],
  ['punct', /^[[\]():,.*]/],
];

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let rest = pattern; rest.length > 0; ) {
    const match = LEXEMES.map(([kind, re]) => ({ kind, found: re.exec(rest)?.[0] })).find((m) => m.found);
    if (!match?.found) throw new Error(`unexpected input at "${rest.slice(0, 20)}"`);
    rest = rest.slice(match.found.length);
    if (match.kind === 'ws') continue;
    const keyword = match.kind === 'identifier' && KEYWORDS.has(match.found);
    tokens.push({ kind: keyword ? match.found : match.kind, text: match.found });
  }
  return tokens;
}

/** Parses a STIX pattern; returns its object paths, or throws an Error saying where the grammar fails. */
export function parseStixPattern(pattern: string): PatternPath[] {
  const tokens = tokenize(pattern);
  const paths: PatternPath[] = [];
  let at = 0;
  const peek = (offset = 0) => tokens[at + offset];
  const is = (kind: string, text?: string) =>
    peek()?.kind === kind && (text === undefined || peek()?.text === text);
  const take = (kind: string, text?: string): Token => {
    if (!is(kind, text))
      throw new Error(`expected ${text ?? kind} at token ${at}, got "${peek()?.text ?? 'end'}"`);
    return tokens[at++]!;
  };
  const accept = (kind: string, text?: string) => (is(kind, text) ? tokens[at++] : undefined);

  const literal = (kinds: readonly string[]) => {
    const token = peek();
    if (!token || !kinds.includes(token.kind))
      throw new Error(`expected a literal, got "${token?.text ?? 'end'}"`);
    at++;
  };
  const ORDERABLE = ['int', 'float', 'string', 'binary', 'hex', 'timestamp'];
  const objectPath = () => {
    const type = take('identifier').text;
    take('punct', ':');
    const first = accept('identifier') ?? take('string');
    if (first.kind === 'identifier' && first.text.includes('-'))
      throw new Error(`property "${first.text}" must be quoted`);
    for (;;) {
      if (accept('punct', '.')) {
        const part = accept('identifier') ?? take('string');
        if (part.kind === 'identifier' && part.text.includes('-'))
          throw new Error(`path component "${part.text}" must be quoted`);
      } else if (accept('punct', '[')) {
        if (!accept('punct', '*')) take('int');
        take('punct', ']');
      } else break;
    }
    const property = first.kind === 'string' ? first.text.slice(1, -1) : first.text;
    paths.push({ type, property });
  };
  const propTest = () => {
    if (accept('punct', '(')) {
      comparisonOr();
      take('punct', ')');
      return;
    }
    if (accept('EXISTS')) return objectPath();
    objectPath();
    accept('NOT');
    const op = accept('op');
    if (op) return literal(['=', '==', '!=', '<>'].includes(op.text) ? [...ORDERABLE, 'bool'] : ORDERABLE);
    if (accept('IN')) {
      take('punct', '(');
      if (!accept('punct', ')')) {
        do literal([...ORDERABLE, 'bool']);
        while (accept('punct', ','));
        take('punct', ')');
      }
      return;
    }
    if (accept('LIKE') || accept('MATCHES') || accept('ISSUBSET') || accept('ISSUPERSET'))
      return literal(['string']);
    throw new Error(`expected a comparison operator, got "${peek()?.text ?? 'end'}"`);
  };
  const comparisonAnd = () => {
    propTest();
    while (accept('AND')) propTest();
  };
  const comparisonOr = () => {
    comparisonAnd();
    while (accept('OR')) comparisonAnd();
  };
  const observation = () => {
    if (accept('punct', '[')) {
      comparisonOr();
      take('punct', ']');
    } else {
      take('punct', '(');
      observations();
      take('punct', ')');
    }
    for (;;) {
      if (accept('START')) {
        take('timestamp');
        take('STOP');
        take('timestamp');
      } else if (accept('WITHIN')) {
        const amount = accept('int') ?? take('float');
        if (amount.text.startsWith('-')) throw new Error('WITHIN needs a positive number');
        take('SECONDS');
      } else if (accept('REPEATS')) {
        if (take('int').text.startsWith('-')) throw new Error('REPEATS needs a positive integer');
        take('TIMES');
      } else break;
    }
  };
  const observationAnd = () => {
    observation();
    while (accept('AND')) observation();
  };
  const observationOr = () => {
    observationAnd();
    while (accept('OR')) observationAnd();
  };
  const observations = () => {
    observationOr();
    while (accept('FOLLOWEDBY')) observationOr();
  };
  observations();
  if (at !== tokens.length) throw new Error(`unexpected "${peek()?.text}" after the pattern`);
  return paths;
}
