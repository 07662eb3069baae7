import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { css } from 'lit';
import {
  PaRobotCheck,
  ROBOT_CHECK_LOADING,
  ROBOT_CHECK_UNAVAILABLE,
  type RobotCheckDetail,
  type RobotCheckWidgetModule,
} from '../src/forms/index.js';
import '../src/forms/define.js';
import { FAKE_PAYLOAD, fakeAltchaOf, useFakeAltcha } from './fake-altcha.js';
import { text } from './helpers.js';

const REFUSED =
  'La vérification « Je ne suis pas un robot » a échoué ou a expiré : cochez à nouveau la case.';

describe('pa-robot-check', () => {
  const original = PaRobotCheck.loadWidget;
  beforeEach(useFakeAltcha);
  after(() => {
    PaRobotCheck.loadWidget = original;
  });

  it('loads the widget only once rendered, with its challenge URL and French label, accessible', async () => {
    let loads = 0;
    let release: (module: RobotCheckWidgetModule) => void = () => {};
    PaRobotCheck.loadWidget = () => {
      loads++;
      return new Promise((resolve) => {
        release = resolve;
      });
    };
    expect(loads).to.equal(0);
    const el = await fixture<PaRobotCheck>(
      html`<pa-robot-check challenge-url="/api/auth/activation/challenge"></pa-robot-check>`,
    );
    expect(loads).to.equal(1);
    expect(el.ready).to.equal(false);
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal(ROBOT_CHECK_LOADING);
    release({ styles: css`` });
    const widget = await fakeAltchaOf(el);
    expect(el.ready).to.equal(true);
    expect(widget.getAttribute('challenge')).to.equal('/api/auth/activation/challenge');
    expect(widget.getAttribute('language')).to.equal('fr-fr');
    expect(text(widget.querySelector('label'))).to.equal('Je ne suis pas un robot');
    // A second element reuses the module already loaded.
    await fixture(html`<pa-robot-check challenge-url="/x"></pa-robot-check>`);
    expect(loads).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('exposes the payload once verified and says so with pa-robot-change; reset() clears it', async () => {
    const el = await fixture<PaRobotCheck>(html`<pa-robot-check challenge-url="/c"></pa-robot-check>`);
    const widget = await fakeAltchaOf(el);
    expect(el.payload).to.equal(null);
    const verified = oneEvent(el, 'pa-robot-change');
    widget.tick();
    expect(((await verified) as CustomEvent<RobotCheckDetail>).detail).to.deep.equal({
      payload: FAKE_PAYLOAD,
    });
    expect(el.payload).to.equal(FAKE_PAYLOAD);

    const cleared = oneEvent(el, 'pa-robot-change');
    el.reset();
    expect(((await cleared) as CustomEvent<RobotCheckDetail>).detail).to.deep.equal({ payload: null });
    expect(el.payload).to.equal(null);
    expect(widget.resets).to.equal(1);
    expect(widget.checked).to.equal(false);
  });

  it('shows its error under the box, tied to the checkbox, and takes the focus there', async () => {
    const el = await fixture<PaRobotCheck>(html`<pa-robot-check challenge-url="/c"></pa-robot-check>`);
    const widget = await fakeAltchaOf(el);
    el.error = REFUSED;
    await el.updateComplete;
    const box = widget.querySelector('input')!;
    const describedBy = box.getAttribute('aria-describedby');
    expect(describedBy).to.equal('robot-error');
    expect(text(el.shadowRoot!.getElementById(describedBy!))).to.equal(REFUSED);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(box);
    await expect(el).to.be.accessible();

    el.error = '';
    await el.updateComplete;
    expect(box.hasAttribute('aria-describedby')).to.equal(false);
    expect(el.shadowRoot!.getElementById('robot-error')).to.equal(null);
  });

  it('says when the widget cannot be loaded, and tries again for the next element', async () => {
    PaRobotCheck.loadWidget = () => Promise.reject(new Error('réseau'));
    const failed = await fixture<PaRobotCheck>(html`<pa-robot-check challenge-url="/c"></pa-robot-check>`);
    await waitUntil(() => failed.shadowRoot!.querySelector('pa-alert'), 'no unavailable message');
    expect(text(failed.shadowRoot!.querySelector('pa-alert'))).to.equal(ROBOT_CHECK_UNAVAILABLE);
    expect(failed.shadowRoot!.querySelector('pa-alert')!.getAttribute('variant')).to.equal('error');
    await expect(failed).to.be.accessible();

    useFakeAltcha();
    const next = await fixture<PaRobotCheck>(html`<pa-robot-check challenge-url="/c"></pa-robot-check>`);
    await fakeAltchaOf(next);
  });
});
