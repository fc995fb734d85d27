import { InvalidMailError, prepareMail, readPayload, type QueuedMail } from '../outbox/queued-mail';
import { mailSendBefore, renderMail } from './mail-templates';
import { PLAN_DECISION_NOTE_MAX, type PlanDecisionMailParams } from './plan-decision.template';

const appUrl = 'https://app.example.org';

const params: PlanDecisionMailParams = {
  displayName: 'Awa',
  reviewerName: 'Léa Martin',
  mentorCity: 'Lyon',
  learnerCity: 'Clermont-Ferrand',
  versionNumber: 2,
  decision: 'changes_requested',
  note: 'Deux points à revoir :\n- le budget\n- le calendrier',
  // Winter: Paris is UTC+1.
  decidedAt: '2026-12-05T13:30:00.000Z',
};

const approved: PlanDecisionMailParams = { ...params, decision: 'approved', note: null };

describe('plan decision mail', () => {
  it('tells the authors in French that changes are requested, quotes the note, says what next', () => {
    const mail = renderMail('plan-decision', params, { locale: 'fr', appUrl });
    expect(mail.subject).toBe(
      'Modifications demandées sur la version 2 du plan d’action — Clermont-Ferrand',
    );
    expect(mail.text).toContain('Bonjour Awa,');
    expect(mail.text).toContain(
      'Le 5 décembre 2026 à 14:30, Léa Martin (Lyon, ville mentore) a demandé des modifications à la version 2 du plan d’action, soumise par Clermont-Ferrand.',
    );
    expect(mail.text).toContain(
      'Sa note\u00a0:\n\n«\u00a0Deux points à revoir :\n\n- le budget\n\n- le calendrier\u00a0»',
    );
    expect(mail.text).toContain(
      'Répondez aux commentaires dans l’espace du binôme, modifiez le plan, puis soumettez-en une nouvelle version.',
    );
    expect(mail.html).toContain('<html lang="fr">');
  });

  it('is written in English too', () => {
    const mail = renderMail('plan-decision', params, { locale: 'en', appUrl });
    expect(mail.subject).toBe(
      'Changes requested on version 2 of the action plan — Clermont-Ferrand',
    );
    expect(mail.text).toContain('Hello Awa,');
    expect(mail.text).toContain(
      'On 5 December 2026 at 14:30, Léa Martin (Lyon, the mentor city) asked for changes to version 2 of the action plan of Clermont-Ferrand.',
    );
    expect(mail.text).toContain(
      'Their note:\n\n"Deux points à revoir :\n\n- le budget\n\n- le calendrier"',
    );
    expect(mail.text).toContain(
      'Answer the comments in the pair’s space, update the plan, then submit a new version of it.',
    );
    expect(mail.html).toContain('<html lang="en">');
  });

  it('tells of an approval, without a note, and that approved actions can become commitments', () => {
    const fr = renderMail('plan-decision', approved, { locale: 'fr', appUrl });
    const en = renderMail('plan-decision', approved, { locale: 'en', appUrl });
    expect(fr.subject).toBe('Version 2 du plan d’action approuvée — Clermont-Ferrand');
    expect(fr.text).toContain('Léa Martin (Lyon, ville mentore) a approuvé la version 2');
    expect(fr.text).toContain(
      'Les actions approuvées peuvent maintenant devenir des engagements de la ville\u00a0: une fois enregistrés, ils apparaissent dans le tableau de bord des engagements du réseau.',
    );
    expect(fr.text).not.toContain('Sa note');
    expect(en.subject).toBe('Version 2 of the action plan approved — Clermont-Ferrand');
    expect(en.text).toContain('Léa Martin (Lyon, the mentor city) approved version 2');
    expect(en.text).toContain(
      'The approved actions can now become commitments of the city: once recorded, they appear on the network’s commitments dashboard.',
    );
    expect(en.text).not.toContain('Their note');
  });

  it('quotes the note of an approval too', () => {
    const mail = renderMail(
      'plan-decision',
      { ...approved, note: 'Bravo !' },
      { locale: 'fr', appUrl },
    );
    expect(mail.text).toContain('Sa note\u00a0:\n\n«\u00a0Bravo !\u00a0»');
  });

  it('writes the time in the time zone it is given', () => {
    const mail = renderMail('plan-decision', params, {
      locale: 'fr',
      appUrl,
      timeZone: 'America/Montreal',
    });
    expect(mail.text).toContain('Le 5 décembre 2026 à 08:30,');
  });

  it('escapes every value it puts in HTML, and keeps the note in paragraphs of its own', () => {
    const mail = renderMail(
      'plan-decision',
      {
        ...params,
        displayName: 'Awa\r\nBcc: someone@example.org',
        reviewerName: '<script>alert("x")</script>',
        mentorCity: `O'Brien & Co`,
        note: '<i>Non</i>\n\n\n<a href="https://evil.example.org">ici</a>',
      },
      { locale: 'en', appUrl },
    );
    expect(mail.html).not.toMatch(/<script|<i>|<a /);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('O&#39;Brien &amp; Co');
    expect(mail.html).toContain('<p style="margin:0 0 16px;">&quot;&lt;i&gt;Non&lt;/i&gt;</p>');
    expect(mail.html).toContain(
      '<p style="margin:0 0 16px;">&lt;a href=&quot;https://evil.example.org&quot;&gt;ici&lt;/a&gt;&quot;</p>',
    );
    expect(mail.text).toContain('Hello Awa Bcc: someone@example.org,');
    expect(mail.text).toContain('"<i>Non</i>\n\n<a href="https://evil.example.org">ici</a>"');
  });
});

describe('queuing a plan decision mail', () => {
  const notice = (
    overrides: Partial<PlanDecisionMailParams> = {},
    extra: Partial<QueuedMail> = {},
  ): QueuedMail =>
    ({
      tenantId: null,
      template: 'plan-decision',
      to: 'awa@example.org',
      locale: 'fr',
      params: { ...params, ...overrides },
      ...extra,
    }) as QueuedMail;

  it('needs no secret, and is not sent more than 30 days after the decision', () => {
    const { payload, secret } = prepareMail(notice());
    expect(secret).toBeNull();
    expect(payload.params).toEqual(params);
    expect(mailSendBefore('plan-decision', params)).toBe('2027-01-04T13:30:00.000Z');
    expect(readPayload(JSON.parse(JSON.stringify(payload)))).toEqual(payload);
  });

  it('refuses a secret it would have no link for', () => {
    expect(() => prepareMail(notice({}, { secret: 'x' }))).toThrow(/takes no secret/);
  });

  it('accepts an approval without a note, and the longest note the review takes', () => {
    expect(() => prepareMail(notice({ decision: 'approved', note: null }))).not.toThrow();
    const longest = 'a'.repeat(PLAN_DECISION_NOTE_MAX);
    expect(() => prepareMail(notice({ note: longest }))).not.toThrow();
  });

  it.each<[string, Partial<PlanDecisionMailParams>, RegExp]>([
    [
      'an unknown decision',
      { decision: 'rejected' as never },
      /decision is not one of approved, changes_requested/,
    ],
    ['the status of a version not decided', { decision: 'submitted' as never }, /decision/],
    ['a blank note', { note: ' \n ' }, /note is neither a non-empty string nor null/],
    ['no note at all', { note: undefined as never }, /note is neither/],
    ['a note that is no string', { note: 3 as never }, /note is neither/],
    [
      'a note too long',
      { note: 'a'.repeat(PLAN_DECISION_NOTE_MAX + 1) },
      /note is longer than 8000/,
    ],
    ['a version 0', { versionNumber: 0 }, /versionNumber is not a whole number >= 1/],
    ['a version that is a string', { versionNumber: '2' as never }, /versionNumber/],
    ['a decision date that is no instant', { decidedAt: '2026-12-05' }, /decidedAt/],
    ['a blank reviewer', { reviewerName: ' ' }, /reviewerName/],
    ['a blank mentor city', { mentorCity: '' }, /mentorCity/],
    ['no learner city', { learnerCity: undefined as never }, /learnerCity/],
    ['no display name', { displayName: undefined as never }, /displayName/],
  ])('refuses %s', (_, overrides, message) => {
    expect(() => prepareMail(notice(overrides))).toThrow(InvalidMailError);
    expect(() => prepareMail(notice(overrides))).toThrow(message);
  });
});
