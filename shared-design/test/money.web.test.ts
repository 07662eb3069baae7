import { expect } from '@open-wc/testing';
import { formatEuros } from '../src/index.js';

/** The amount with its no-break spaces made plain, as a reader sees it. */
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

describe('formatEuros', () => {
  it('writes integer cents the French way: comma, thousands grouped, € after', () => {
    expect(plain(formatEuros(123456))).to.equal('1 234,56 €');
    expect(plain(formatEuros(4520))).to.equal('45,20 €');
    expect(plain(formatEuros(5))).to.equal('0,05 €');
    expect(plain(formatEuros(0))).to.equal('0,00 €');
    expect(plain(formatEuros(123456780))).to.equal('1 234 567,80 €');
  });

  it('keeps the amount on one line (no-break spaces), writes the minus sign (not a hyphen), never "−0,00 €"', () => {
    expect(formatEuros(123456)).to.equal('1\u202f234,56\u00a0€');
    expect(plain(formatEuros(-4520))).to.equal('−45,20 €');
    expect(plain(formatEuros(-0))).to.equal('0,00 €');
    expect(plain(formatEuros(-0.4))).to.equal('0,00 €');
  });
});
