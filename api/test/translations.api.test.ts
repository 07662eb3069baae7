// SPEC P6: every text written with msg() has its English, keeps its values ({0}…) in English, and
// runs only once the page's (or the request's) language is known; the packages said complete have
// no French text left outside msg() or their catalog (scripts/i18n-check.mjs lists them).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkTranslations } from '../../scripts/i18n-check.mjs';

/** Packages whose every member-facing text is in English too. */
const ENGLISH_COMPLETE: string[] = [
  'kernel',
  'mfe-adhesion',
  'mfe-compte',
  'mfe-contact',
  'mfe-indemnisations',
  'mfe-sante',
  'shared-design',
  'shell',
];

describe('P6 translations', () => {
  const { problems, todo } = checkTranslations();

  test('every msg() text has its English, with the same values, and none runs at module load', () => {
    assert.deepEqual(problems, []);
  });

  for (const name of ENGLISH_COMPLETE) {
    test(`${name}: no French text outside msg() or its catalog`, () => {
      assert.deepEqual(
        (todo[name] ?? []).map(({ at, text }) => `${at} ${text}`),
        [],
      );
    });
  }
});
