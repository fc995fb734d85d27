import { InvalidMailError, prepareMail, readPayload, type QueuedMail } from '../outbox/queued-mail';
import { mailSendBefore, renderMail } from './mail-templates';
import type { PlanSubmittedMailParams } from './plan-submitted.template';

const appUrl = 'https://app.example.org';

const params: PlanSubmittedMailParams = {
  displayName: 'Léa',
  learnerCity: 'Clermont-Ferrand',
  mentorCity: 'Lyon',
  versionNumber: 3,
  stage: 'second',
  actions: 4,
  submittedBy: 'Awa Diallo',
  // Winter: Paris is UTC+1.
  submittedAt: '2026-12-05T13:30:00.000Z',
};

describe('plan submitted mail', () => {
  it('tells a reviewer in French which version came in, for which visit, and what to do', () => {
    const mail = renderMail('plan-submitted', params, { locale: 'fr', appUrl });
    expect(mail.subject).toBe('Version 3 du plan d’action à relire — Clermont-Ferrand');
    expect(mail.text).toContain('Bonjour Léa,');
    expect(mail.text).toContain(
      'Le 5 décembre 2026 à 14:30, Awa Diallo a soumis, pour Clermont-Ferrand, la version 3 du plan d’action.',
    );
    expect(mail.text).toContain(
      'Étape du plan\u00a0: deuxième version (consolidée), pour la deuxième visite d’étude.',
    );
    expect(mail.text).toContain('Cette version compte 4 actions.');
    expect(mail.text).toContain(
      'commentez le plan ou ses actions, ou rendez votre décision\u00a0: approuver cette version ou demander des modifications.',
    );
    expect(mail.text).toContain('nommés par Lyon, ville mentore, pour ce binôme.');
    expect(mail.html).toContain('<html lang="fr">');
  });

  it('is written in English too', () => {
    const mail = renderMail('plan-submitted', params, { locale: 'en', appUrl });
    expect(mail.subject).toBe('Version 3 of the action plan to review — Clermont-Ferrand');
    expect(mail.text).toContain('Hello Léa,');
    expect(mail.text).toContain(
      'On 5 December 2026 at 14:30, Awa Diallo submitted version 3 of the action plan of Clermont-Ferrand.',
    );
    expect(mail.text).toContain('Plan stage: second (consolidated), for the second study visit.');
    expect(mail.text).toContain('This version holds 4 actions.');
    expect(mail.text).toContain('or decide: approve this version or ask for changes.');
    expect(mail.text).toContain('Lyon, the mentor city, named you one of the reviewers');
    expect(mail.html).toContain('<html lang="en">');
  });

  it.each<[PlanSubmittedMailParams['stage'], string, string]>([
    ['first', 'première version (rédigée)', 'first (drafted)'],
    ['second', 'deuxième version (consolidée)', 'second (consolidated)'],
    ['third', 'troisième version (révisée)', 'third (revised)'],
  ])('names the %s stage in both languages', (stage, fr, en) => {
    expect(
      renderMail('plan-submitted', { ...params, stage }, { locale: 'fr', appUrl }).text,
    ).toContain(`Étape du plan\u00a0: ${fr}`);
    expect(
      renderMail('plan-submitted', { ...params, stage }, { locale: 'en', appUrl }).text,
    ).toContain(`Plan stage: ${en}`);
  });

  it('speaks of a single action in the singular, and writes the time in the given time zone', () => {
    const one = { ...params, actions: 1 };
    const fr = renderMail('plan-submitted', one, {
      locale: 'fr',
      appUrl,
      timeZone: 'America/Montreal',
    });
    const en = renderMail('plan-submitted', one, { locale: 'en', appUrl });
    expect(fr.text).toContain('Cette version compte 1 action.');
    expect(fr.text).toContain('Le 5 décembre 2026 à 08:30,');
    expect(en.text).toContain('This version holds 1 action.');
  });

  it('escapes every value it puts in HTML, and keeps names on one line', () => {
    const mail = renderMail(
      'plan-submitted',
      {
        ...params,
        displayName: 'Léa\r\nBcc: someone@example.org',
        learnerCity: '<script>alert("x")</script>\nBcc: x@example.org',
        mentorCity: `O'Brien & Co`,
        submittedBy: '<b>Awa</b>',
      },
      { locale: 'fr', appUrl },
    );
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain('<script>alert("x")</script> Bcc: x@example.org');
    expect(mail.html).not.toMatch(/<script|<b>/);
    expect(mail.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Bcc: x@example.org',
    );
    expect(mail.html).toContain('O&#39;Brien &amp; Co');
    expect(mail.html).toContain('&lt;b&gt;Awa&lt;/b&gt;');
    expect(mail.text).toContain('Bonjour Léa Bcc: someone@example.org,');
    expect(mail.text).not.toContain('http');
  });
});

describe('queuing a plan submitted mail', () => {
  const notice = (
    overrides: Partial<PlanSubmittedMailParams> = {},
    extra: Partial<QueuedMail> = {},
  ): QueuedMail =>
    ({
      tenantId: null,
      template: 'plan-submitted',
      to: 'lea@example.org',
      locale: 'fr',
      params: { ...params, ...overrides },
      ...extra,
    }) as QueuedMail;

  it('needs no secret, and is not sent more than 30 days after the submission', () => {
    const { payload, secret } = prepareMail(notice());
    expect(secret).toBeNull();
    expect(payload.params).toEqual(params);
    expect(mailSendBefore('plan-submitted', params)).toBe('2027-01-04T13:30:00.000Z');
    expect(readPayload(JSON.parse(JSON.stringify(payload)))).toEqual(payload);
  });

  it('refuses a secret it would have no link for', () => {
    expect(() => prepareMail(notice({}, { secret: 'x' }))).toThrow(/takes no secret/);
  });

  it('accepts a submission written with an offset', () => {
    const submittedAt = '2026-12-05T14:30:00+01:00';
    expect(() => prepareMail(notice({ submittedAt }))).not.toThrow();
    expect(mailSendBefore('plan-submitted', { ...params, submittedAt })).toBe(
      '2027-01-04T13:30:00.000Z',
    );
  });

  it.each<[string, Partial<PlanSubmittedMailParams>, RegExp]>([
    ['a version 0', { versionNumber: 0 }, /versionNumber is not a whole number >= 1/],
    ['a fractional version', { versionNumber: 1.5 }, /versionNumber/],
    ['a version that is a string', { versionNumber: '2' as never }, /versionNumber/],
    ['a version without actions', { actions: 0 }, /actions is not a whole number >= 1/],
    ['a negative count of actions', { actions: -1 }, /actions/],
    ['an unknown stage', { stage: 'fourth' as never }, /stage is not one of first, second, third/],
    ['no stage', { stage: undefined as never }, /stage/],
    ['a submission that is no instant', { submittedAt: '2026-12-05' }, /submittedAt/],
    ['a submission without offset', { submittedAt: '2026-12-05T14:30:00' }, /submittedAt/],
    ['a blank submitter', { submittedBy: '  ' }, /submittedBy/],
    ['a blank learner city', { learnerCity: '' }, /learnerCity/],
    ['no mentor city', { mentorCity: undefined as never }, /mentorCity/],
    ['no display name', { displayName: null as never }, /displayName/],
  ])('refuses %s', (_, overrides, message) => {
    expect(() => prepareMail(notice(overrides))).toThrow(InvalidMailError);
    expect(() => prepareMail(notice(overrides))).toThrow(message);
  });
});
