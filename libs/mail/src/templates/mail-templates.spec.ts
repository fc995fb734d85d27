import { LOCALES } from '@inclusion/i18n';
import {
  MAIL_TEMPLATE_NAMES,
  mailNeedsSecret,
  renderMail,
  type MailTemplateParams,
} from './mail-templates';

const appUrl = 'https://app.example.org/';
const secret = 'se_cr-et';
const expiresAt = '2026-12-05T13:30:00.000Z';

const invitation: MailTemplateParams['invitation'] = {
  tenantName: 'Clermont-Ferrand',
  inviterName: 'Awa Diallo',
  roleLabels: ['Coordination', 'Animation'],
  expiresAt,
};

const commitments = { total: 12, notStarted: 3, inProgress: 5, done: 2, delayed: 1, abandoned: 1 };

const SAMPLE_PARAMS: MailTemplateParams = {
  invitation,
  'sign-in-link': { displayName: 'Samir', expiresAt },
  'password-reset': { displayName: 'Samir', expiresAt },
  'activity-reminder': {
    displayName: 'Samir',
    tenantName: 'Clermont-Ferrand',
    activityTitle: 'Atelier Policy Lab',
    startsAt: expiresAt,
    durationMinutes: 90,
    place: '1 place de Jaude',
    onlineUrl: null,
    languages: ['fr'],
    interpretation: [],
  },
  'application-received': {
    givenName: 'Samir',
    tenantName: 'Clermont-Ferrand',
    callTitle: 'Cohorte des personnes nouvellement arrivées',
    repeated: false,
    receivedAt: expiresAt,
  },
  'retention-warning': {
    displayName: 'Awa',
    tenantName: 'Clermont-Ferrand',
    editionName: 'Resilient Cities 2024',
    eraseFrom: expiresAt,
  },
  'commitment-reminder': {
    displayName: 'Awa',
    tenantName: 'Clermont-Ferrand',
    validUntil: expiresAt,
    commitments: [
      {
        title: 'Ouvrir un guichet unique',
        dueDate: '2026-12-01',
        attention: 'due_soon',
        progress: 40,
        lastUpdateOn: '2026-11-20',
      },
    ],
  },
  'follow-up-digest': {
    displayName: 'Awa',
    tenantName: 'Clermont-Ferrand',
    frequency: 'weekly',
    periodStart: '2026-11-23',
    periodEnd: '2026-11-29',
    validUntil: expiresAt,
    commitments,
    averageProgress: 46,
    updatesInPeriod: 4,
    awaitingAnswer: 2,
    overdue: { count: 1, examples: [{ title: 'Traduire les formulaires', dueDate: '2026-11-15' }] },
    stale: { count: 0, examples: [] },
  },
  'network-summary': {
    displayName: 'Léa',
    frequency: 'monthly',
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    validUntil: expiresAt,
    cities: 12,
    recommendations: 85,
    answered: 60,
    commitments,
    averageProgress: 51,
    overdue: 7,
    stale: 4,
    attention: [{ cityName: 'Lyon', overdue: 3, stale: 2, lastUpdateOn: '2026-10-03' }],
  },
  'plan-submitted': {
    displayName: 'Léa',
    learnerCity: 'Clermont-Ferrand',
    mentorCity: 'Lyon',
    versionNumber: 2,
    stage: 'second',
    actions: 6,
    submittedBy: 'Awa Diallo',
    submittedAt: expiresAt,
  },
  'plan-comment': {
    displayName: 'Awa',
    authorName: 'Léa Martin',
    authorCity: 'Lyon',
    learnerCity: 'Clermont-Ferrand',
    versionNumber: 2,
    actionTitle: 'Ouvrir un guichet unique',
    reply: false,
    excerpt: 'Qui tiendra le guichet le samedi ?',
    commentedAt: expiresAt,
  },
  'plan-decision': {
    displayName: 'Awa',
    reviewerName: 'Léa Martin',
    mentorCity: 'Lyon',
    learnerCity: 'Clermont-Ferrand',
    versionNumber: 2,
    decision: 'approved',
    note: null,
    decidedAt: expiresAt,
  },
};

const LINK_PATHS = {
  invitation: '/invitations/accept',
  'sign-in-link': '/sign-in/link',
  'password-reset': '/password/reset',
};

const LINK_TEMPLATES = Object.keys(LINK_PATHS) as (keyof typeof LINK_PATHS)[];

describe('mail templates', () => {
  it('knows which templates carry a link, and so need a secret', () => {
    expect(MAIL_TEMPLATE_NAMES.filter(mailNeedsSecret).sort()).toEqual([...LINK_TEMPLATES].sort());
  });

  describe.each(LINK_TEMPLATES)('%s', (template) => {
    it.each(LOCALES)('renders a subject, a text and an HTML part with the link in %s', (locale) => {
      const mail = renderMail(template, SAMPLE_PARAMS[template], { locale, appUrl, secret });
      const link = `https://app.example.org${LINK_PATHS[template]}?token=${secret}`;
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(`href="${link}"`);
      expect(mail.html).toContain(`<html lang="${locale}">`);
    });

    it('refuses to render without the secret of its link', () => {
      expect(() => renderMail(template, SAMPLE_PARAMS[template], { locale: 'fr', appUrl })).toThrow(
        /needs a secret/,
      );
    });
  });

  describe.each(MAIL_TEMPLATE_NAMES)('%s', (template) => {
    it('is written in each language, not the same text twice', () => {
      const [fr, en] = LOCALES.map((locale) =>
        renderMail(template, SAMPLE_PARAMS[template], { locale, appUrl, secret }),
      );
      expect(fr.subject).not.toBe(en.subject);
      expect(fr.text).not.toBe(en.text);
    });
  });

  it('writes the invitation in French, dates in Paris time', () => {
    const mail = renderMail('invitation', invitation, { locale: 'fr', appUrl, secret });
    expect(mail.subject).toBe('Invitation à rejoindre Clermont-Ferrand');
    expect(mail.text).toContain('Awa Diallo vous invite à rejoindre l’espace de Clermont-Ferrand.');
    expect(mail.text).toContain('Vos rôles\u00a0: Coordination et Animation.');
    expect(mail.text).toContain('jusqu’au 5 décembre 2026 à 14:30');
  });

  it('writes the invitation in English', () => {
    const mail = renderMail('invitation', invitation, { locale: 'en', appUrl, secret });
    expect(mail.subject).toBe('You are invited to join Clermont-Ferrand');
    expect(mail.text).toContain('Awa Diallo invites you to join the Clermont-Ferrand space.');
    expect(mail.text).toContain('Your roles: Coordination and Animation.');
    expect(mail.text).toContain('until 5 December 2026 at 14:30');
  });

  it('names the team when nobody in particular invited, and a single role in the singular', () => {
    const params = { ...invitation, inviterName: null, roleLabels: ['Observation'] };
    const fr = renderMail('invitation', params, { locale: 'fr', appUrl, secret });
    const en = renderMail('invitation', params, { locale: 'en', appUrl, secret });
    expect(fr.text).toContain('L’équipe de Clermont-Ferrand vous invite');
    expect(fr.text).toContain('Votre rôle\u00a0: Observation.');
    expect(en.text).toContain('The Clermont-Ferrand team invites you');
    expect(en.text).toContain('Your role: Observation.');
  });

  it('writes dates in the time zone it is given', () => {
    const mail = renderMail('sign-in-link', SAMPLE_PARAMS['sign-in-link'], {
      locale: 'en',
      appUrl,
      secret,
      timeZone: 'America/Montreal',
    });
    expect(mail.text).toContain('until 5 December 2026 at 08:30');
  });

  it('escapes every value it puts in HTML, and keeps the text part readable', () => {
    const params = {
      tenantName: '<script>alert("x")</script> & Co',
      inviterName: `O'Brien <b>`,
      roleLabels: ['<i>Coordination</i>'],
      expiresAt,
    };
    const mail = renderMail('invitation', params, {
      locale: 'en',
      appUrl: 'https://app.example.org/"><script>',
      secret: 'a&b',
    });
    expect(mail.html).not.toMatch(/<script|<b>|<i>/);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(mail.html).toContain('O&#39;Brien &lt;b&gt;');
    expect(mail.html).toContain('&lt;i&gt;Coordination&lt;/i&gt;');
    expect(mail.html).toContain('token=a%26b');
    expect(mail.text).toContain(
      `O'Brien <b> invites you to join the <script>alert("x")</script> & Co space.`,
    );
  });

  it('keeps names on one line, so they cannot forge a header or a paragraph', () => {
    const mail = renderMail(
      'password-reset',
      { displayName: 'Samir\r\nBcc: someone@example.org', expiresAt },
      { locale: 'fr', appUrl, secret },
    );
    expect(mail.text).toContain('Bonjour Samir Bcc: someone@example.org,');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('tells a repeated applicant that nothing new was recorded, without a link', () => {
    const params = { ...SAMPLE_PARAMS['application-received'], repeated: true };
    const mail = renderMail('application-received', params, { locale: 'en', appUrl });
    expect(mail.subject).toBe(
      'You have already applied: Cohorte des personnes nouvellement arrivées',
    );
    expect(mail.text).toContain('The new one was not recorded.');
    expect(mail.text).not.toContain(appUrl);
  });
});
