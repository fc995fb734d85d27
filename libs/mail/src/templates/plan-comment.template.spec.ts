import { InvalidMailError, prepareMail, readPayload, type QueuedMail } from '../outbox/queued-mail';
import { mailSendBefore, renderMail } from './mail-templates';
import { PLAN_COMMENT_EXCERPT_MAX, type PlanCommentMailParams } from './plan-comment.template';

const appUrl = 'https://app.example.org';

const params: PlanCommentMailParams = {
  displayName: 'Awa',
  authorName: 'Léa Martin',
  authorCity: 'Lyon',
  learnerCity: 'Clermont-Ferrand',
  versionNumber: 2,
  actionTitle: 'Ouvrir un guichet unique',
  reply: false,
  excerpt: 'Qui tiendra le guichet le samedi ?\n\nEt avec quel budget ?',
  // Winter: Paris is UTC+1.
  commentedAt: '2026-12-05T13:30:00.000Z',
};

const onPlan: PlanCommentMailParams = { ...params, actionTitle: null };
const answer: PlanCommentMailParams = { ...params, reply: true };

describe('plan comment mail', () => {
  it('says in French who commented on which action, quotes the comment, and what to do', () => {
    const mail = renderMail('plan-comment', params, { locale: 'fr', appUrl });
    expect(mail.subject).toBe('Nouveau commentaire sur le plan d’action — Clermont-Ferrand');
    expect(mail.text).toContain('Bonjour Awa,');
    expect(mail.text).toContain(
      'Le 5 décembre 2026 à 14:30, Léa Martin (Lyon) a commenté l’action «\u00a0Ouvrir un guichet unique\u00a0» de la version 2 du plan d’action, soumise par Clermont-Ferrand.',
    );
    expect(mail.text).toContain(
      'Son commentaire\u00a0:\n\n«\u00a0Qui tiendra le guichet le samedi ?\n\nEt avec quel budget ?\u00a0»',
    );
    expect(mail.text).toContain(
      'Pour lire l’échange en entier et y répondre, ouvrez la version 2 du plan d’action dans l’espace du binôme.',
    );
    expect(mail.html).toContain('<html lang="fr">');
  });

  it('is written in English too', () => {
    const mail = renderMail('plan-comment', params, { locale: 'en', appUrl });
    expect(mail.subject).toBe('New comment on the action plan — Clermont-Ferrand');
    expect(mail.text).toContain('Hello Awa,');
    expect(mail.text).toContain(
      'On 5 December 2026 at 14:30, Léa Martin (Lyon) commented on the action "Ouvrir un guichet unique" in version 2 of the action plan of Clermont-Ferrand.',
    );
    expect(mail.text).toContain(
      'Their comment:\n\n"Qui tiendra le guichet le samedi ?\n\nEt avec quel budget ?"',
    );
    expect(mail.text).toContain('To read the whole thread and answer it, open version 2');
    expect(mail.html).toContain('<html lang="en">');
  });

  it('says when the comment is on the whole plan', () => {
    const fr = renderMail('plan-comment', onPlan, { locale: 'fr', appUrl });
    const en = renderMail('plan-comment', onPlan, { locale: 'en', appUrl });
    expect(fr.text).toContain(
      'Léa Martin (Lyon) a commenté la version 2 du plan d’action, soumise par Clermont-Ferrand, dans son ensemble.',
    );
    expect(en.text).toContain(
      'Léa Martin (Lyon) commented on version 2 of the action plan of Clermont-Ferrand as a whole.',
    );
  });

  it('tells an answer from a new comment', () => {
    const fr = renderMail('plan-comment', answer, { locale: 'fr', appUrl });
    const en = renderMail('plan-comment', answer, { locale: 'en', appUrl });
    expect(fr.subject).toBe('Réponse à un commentaire sur le plan d’action — Clermont-Ferrand');
    expect(fr.text).toContain('Léa Martin (Lyon) a répondu à un commentaire sur l’action');
    expect(fr.text).toContain('Sa réponse\u00a0:');
    expect(en.subject).toBe('Answer to a comment on the action plan — Clermont-Ferrand');
    expect(en.text).toContain('Léa Martin (Lyon) answered a comment on the action');
    expect(en.text).toContain('Their answer:');
  });

  it('writes the time in the time zone it is given', () => {
    const mail = renderMail('plan-comment', params, {
      locale: 'en',
      appUrl,
      timeZone: 'America/Montreal',
    });
    expect(mail.text).toContain('On 5 December 2026 at 08:30,');
  });

  it('escapes every value it puts in HTML, and keeps the comment in paragraphs of its own', () => {
    const mail = renderMail(
      'plan-comment',
      {
        ...params,
        displayName: 'Awa\r\nBcc: someone@example.org',
        authorName: `O'Brien & Co`,
        actionTitle: '<script>alert("x")</script>\nBcc: x@example.org',
        excerpt: '<b>Fort</b> & clair\r\n\r\n\r\n</p><p>Bonne journée !\u2028Fin',
      },
      { locale: 'fr', appUrl },
    );
    expect(mail.html).not.toMatch(/<script|<b>|<\/p><p>/);
    expect(mail.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Bcc: x@example.org',
    );
    expect(mail.html).toContain('O&#39;Brien &amp; Co');
    expect(mail.html).toContain(
      '<p style="margin:0 0 16px;">«\u00a0&lt;b&gt;Fort&lt;/b&gt; &amp; clair</p>',
    );
    expect(mail.html).toContain(
      '<p style="margin:0 0 16px;">&lt;/p&gt;&lt;p&gt;Bonne journée !</p>\n<p style="margin:0 0 16px;">Fin\u00a0»</p>',
    );
    expect(mail.text).toContain('Bonjour Awa Bcc: someone@example.org,');
    // Blank lines in the comment do not pile up: one blank line between its paragraphs.
    expect(mail.text).toContain(
      '«\u00a0<b>Fort</b> & clair\n\n</p><p>Bonne journée !\n\nFin\u00a0»',
    );
    expect(mail.text).not.toContain('http');
  });
});

describe('queuing a plan comment mail', () => {
  const notice = (
    overrides: Partial<PlanCommentMailParams> = {},
    extra: Partial<QueuedMail> = {},
  ): QueuedMail =>
    ({
      tenantId: null,
      template: 'plan-comment',
      to: 'awa@example.org',
      locale: 'fr',
      params: { ...params, ...overrides },
      ...extra,
    }) as QueuedMail;

  it('needs no secret, and is not sent more than 30 days after the comment', () => {
    const { payload, secret } = prepareMail(notice());
    expect(secret).toBeNull();
    expect(payload.params).toEqual(params);
    expect(mailSendBefore('plan-comment', params)).toBe('2027-01-04T13:30:00.000Z');
    expect(readPayload(JSON.parse(JSON.stringify(payload)))).toEqual(payload);
  });

  it('refuses a secret it would have no link for', () => {
    expect(() => prepareMail(notice({}, { secret: 'x' }))).toThrow(/takes no secret/);
  });

  it('accepts a comment on the whole plan, an answer, and an excerpt of 500 characters', () => {
    expect(() => prepareMail(notice({ actionTitle: null }))).not.toThrow();
    expect(() => prepareMail(notice({ reply: true }))).not.toThrow();
    const longest = 'a'.repeat(PLAN_COMMENT_EXCERPT_MAX);
    expect(() => prepareMail(notice({ excerpt: longest }))).not.toThrow();
    // Counted in characters, not UTF-16 units: 500 emoji are 500 characters.
    expect(() => prepareMail(notice({ excerpt: '🙂'.repeat(500) }))).not.toThrow();
  });

  it.each<[string, Partial<PlanCommentMailParams>, RegExp]>([
    ['an excerpt of 501 characters', { excerpt: 'a'.repeat(501) }, /excerpt is longer than 500/],
    ['an empty excerpt', { excerpt: '' }, /excerpt is not a non-empty string/],
    ['an excerpt of blank lines', { excerpt: ' \n\r\n\t ' }, /excerpt/],
    ['an excerpt that is no string', { excerpt: 42 as never }, /excerpt/],
    ['a blank action title', { actionTitle: ' ' }, /actionTitle is neither/],
    ['no action title at all', { actionTitle: undefined as never }, /actionTitle/],
    ['a reply that is no boolean', { reply: 'yes' as never }, /reply is not a boolean/],
    ['a version 0', { versionNumber: 0 }, /versionNumber is not a whole number >= 1/],
    ['a fractional version', { versionNumber: 2.5 }, /versionNumber/],
    ['a comment date that is no instant', { commentedAt: 'yesterday' }, /commentedAt/],
    ['a comment date without offset', { commentedAt: '2026-12-05T14:30' }, /commentedAt/],
    ['a blank author', { authorName: '' }, /authorName/],
    ['a blank author city', { authorCity: '  ' }, /authorCity/],
    ['no learner city', { learnerCity: undefined as never }, /learnerCity/],
    ['no display name', { displayName: undefined as never }, /displayName/],
  ])('refuses %s', (_, overrides, message) => {
    expect(() => prepareMail(notice(overrides))).toThrow(InvalidMailError);
    expect(() => prepareMail(notice(overrides))).toThrow(message);
  });
});
