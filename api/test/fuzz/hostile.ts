// Generated bad input, seeded: strings PostgreSQL cannot store or that break parsers, impossible
// dates, integers past PostgreSQL's, malformed ids, huge values, wrong types — as path parameters,
// query strings and JSON or multipart bodies.
import fc from 'fast-check';

const NASTY_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\u202e\u0301',
  '😀',
  '../../etc/passwd',
  '..%2f..%2f',
  '%00',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '-'.repeat(36),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '2014-02-30',
  '2026-06-31',
  '0000-00-00',
  '9999-12-31',
  '1e18',
  '-1',
  '2147483648',
  'NaN',
  'null',
  '{}',
  ' ',
  '',
];

const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(70_000)) },
);

const nastyNumber = fc.oneof(
  fc.constantFrom(2147483648, -2147483649, 1e308, -1e308, 0.5, -0, Number.MAX_SAFE_INTEGER, 1e18),
  fc.integer(),
  fc.double({ noNaN: true }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: nastyString },
  { weight: 2, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), nastyString, { maxKeys: 3 }) },
);

/** Names the API's forms use: a bad value there reaches past the JSON parser into the schemas. */
const FIELDS = [
  'login',
  'password',
  'confirmation',
  'current',
  'email',
  'birthDate',
  'membershipNumber',
  'code',
  'token',
  'version',
  'origin',
  'text',
  'subject',
  'theme',
  'values',
  'iban',
  'bic',
  'decision',
  'reason',
  'adhesionCode',
  'features',
  'widgetOrigins',
  'phone',
  'mobile',
  'noPhone',
  'sms',
  'kind',
  'beneficiaryId',
  'establishment',
  'admissionDate',
  'stayKind',
  'membershipId',
  'formId',
  'identifier',
  'altcha',
  'nature',
  'eventDate',
  'periodStart',
  'periodEnd',
  'paidOn',
  'method',
  'grossCents',
  'deductions',
  'fullPayDays',
  'halfPayDays',
  'dailyAmountCents',
  'acts',
  'amountCents',
];

const QUERY_NAMES = [
  'page',
  'period',
  'sort',
  'beneficiary',
  'section',
  'kind',
  'status',
  'age',
  'actor',
  'action',
  'from',
  'to',
  'channel',
  'acces',
  'origin',
  'inline',
  'retour',
];

export type HostileBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string | null; text: string }
  | { kind: 'multipart'; fields: Record<string, string>; file: { name: string; bytes: string } | null };

export interface HostileRequest {
  /** One value per path parameter, in order. */
  params: string[];
  query: [string, string][];
  body: HostileBody;
  /** Sent without the CSRF token, or from another site. */
  withoutCsrf: boolean;
  foreignOrigin: boolean;
}

const body: fc.Arbitrary<HostileBody> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('json' as const),
      value: fc.dictionary(fc.constantFrom(...FIELDS), hostileValue, { maxKeys: 6 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      contentType: fc.constantFrom(
        null,
        'text/plain',
        'application/json',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=latin1',
      ),
      text: fc.oneof(
        nastyString,
        fc.constantFrom(
          '{"login":',
          '[[[[[',
          '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n\u0000\r\n--x--',
        ),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('multipart' as const),
      fields: fc.dictionary(
        fc.constantFrom(
          'message',
          'email',
          'phone',
          'kind',
          'donnees',
          'nature',
          'note',
          'title',
          'category',
          'audience',
        ),
        nastyString,
        { maxKeys: 4 },
      ),
      file: fc.option(
        fc.record({ name: nastyString, bytes: fc.constantFrom('%PDF-1.4\n', 'GIF89a', '\u0000', '') }),
        { nil: null },
      ),
    }),
  },
);

export const hostileRequest = (paramCount: number): fc.Arbitrary<HostileRequest> =>
  fc.record({
    params: fc.array(nastyString, { minLength: paramCount, maxLength: paramCount }),
    query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_NAMES), nastyString), nastyString), {
      maxLength: 3,
    }),
    body,
    withoutCsrf: fc.integer({ min: 0, max: 99 }).map((n) => n < 15),
    foreignOrigin: fc.integer({ min: 0, max: 99 }).map((n) => n < 10),
  });

/** `samples` bad requests for a route with `paramCount` path parameters, the same at each run. */
export function hostileRequests(paramCount: number, samples: number, seed: number): HostileRequest[] {
  return fc.sample(hostileRequest(paramCount), { numRuns: samples, seed });
}
