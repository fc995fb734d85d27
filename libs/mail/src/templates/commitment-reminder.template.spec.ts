import { InvalidMailError, prepareMail, readPayload, type QueuedMail } from '../outbox/queued-mail';
import type {
  CommitmentReminderItem,
  CommitmentReminderMailParams,
} from './commitment-reminder.template';
import { mailSendBefore, renderMail } from './mail-templates';

const appUrl = 'https://app.example.org';

const overdue: CommitmentReminderItem = {
  title: 'Ouvrir un guichet unique',
  dueDate: '2025-12-01',
  attention: 'overdue',
  progress: 40,
  lastUpdateOn: '2025-11-20',
};
const dueSoon: CommitmentReminderItem = {
  title: 'Traduire les formulaires',
  dueDate: '2025-12-19',
  attention: 'due_soon',
  progress: 70,
  lastUpdateOn: '2025-11-28',
};
const stale: CommitmentReminderItem = {
  title: 'Former les agents d’accueil',
  dueDate: '2026-06-30',
  attention: 'stale',
  progress: 10,
  lastUpdateOn: '2025-10-03',
};

const params: CommitmentReminderMailParams = {
  displayName: 'Awa',
  tenantName: 'Lyon',
  validUntil: '2025-12-08T00:00:00.000Z',
  // Listed out of order: the mail puts the overdue first.
  commitments: [stale, overdue, dueSoon],
};

const single: CommitmentReminderMailParams = { ...params, commitments: [dueSoon] };

describe('commitment reminder mail', () => {
  it('lists the commitments in French, the overdue first, each with its state and progress', () => {
    const mail = renderMail('commitment-reminder', params, { locale: 'fr', appUrl });
    expect(mail.subject).toBe('3 engagements à mettre à jour — Lyon');
    expect(mail.text).toContain('Bonjour Awa,');
    expect(mail.text).toContain(
      '3 engagements de Lyon dont vous êtes responsable demandent votre attention\u00a0:',
    );
    const lines = [
      '• «\u00a0Ouvrir un guichet unique\u00a0»\u00a0: en retard, l’échéance était le 1er décembre 2025. Avancement\u00a0: 40\u00a0%.',
      '• «\u00a0Traduire les formulaires\u00a0»\u00a0: à échéance le 19 décembre 2025. Avancement\u00a0: 70\u00a0%.',
      '• «\u00a0Former les agents d’accueil\u00a0»\u00a0: pas de mise à jour depuis le 3 octobre 2025. Avancement\u00a0: 10\u00a0%.',
    ];
    expect(mail.text).toContain(lines.join('\n\n'));
    expect(mail.text).toContain('Mettez à jour leur avancement');
    expect(mail.text).toContain('dans vos préférences de notification.');
    expect(mail.html).toContain('<html lang="fr">');
  });

  it('is written in English too', () => {
    const mail = renderMail('commitment-reminder', params, { locale: 'en', appUrl });
    expect(mail.subject).toBe('3 commitments to update — Lyon');
    expect(mail.text).toContain('Hello Awa,');
    expect(mail.text).toContain(
      '3 commitments of Lyon that you are responsible for need your attention:',
    );
    const lines = [
      '• "Ouvrir un guichet unique": overdue, it was due on 1 December 2025. Progress: 40%.',
      '• "Traduire les formulaires": due on 19 December 2025. Progress: 70%.',
      '• "Former les agents d’accueil": not updated since 3 October 2025. Progress: 10%.',
    ];
    expect(mail.text).toContain(lines.join('\n\n'));
    expect(mail.text).toContain('Update their progress');
    expect(mail.text).toContain('in your notification preferences.');
  });

  it('speaks of a single commitment in the singular', () => {
    const fr = renderMail('commitment-reminder', single, { locale: 'fr', appUrl });
    const en = renderMail('commitment-reminder', single, { locale: 'en', appUrl });
    expect(fr.subject).toBe('1 engagement à mettre à jour — Lyon');
    expect(fr.text).toContain(
      'Un engagement de Lyon dont vous êtes responsable demande votre attention\u00a0:',
    );
    expect(fr.text).toContain('Mettez à jour son avancement, son statut ou son échéance');
    expect(en.subject).toBe('1 commitment to update — Lyon');
    expect(en.text).toContain(
      'A commitment of Lyon that you are responsible for needs your attention:',
    );
    expect(en.text).toContain('Update its progress, status or due date');
  });

  it('writes calendar dates as they are, whatever the time zone', () => {
    const mail = renderMail('commitment-reminder', single, {
      locale: 'en',
      appUrl,
      timeZone: 'Pacific/Honolulu',
    });
    expect(mail.text).toContain('due on 19 December 2025');
  });

  it('escapes every value it puts in HTML, and keeps titles on one line', () => {
    const mail = renderMail(
      'commitment-reminder',
      {
        ...params,
        displayName: 'Awa\r\nBcc: someone@example.org',
        tenantName: `O'Brien & Co`,
        commitments: [{ ...overdue, title: '<script>alert("x")</script>\nBcc: x@example.org' }],
      },
      { locale: 'fr', appUrl },
    );
    expect(mail.subject).toBe("1 engagement à mettre à jour — O'Brien & Co");
    expect(mail.html).not.toMatch(/<script/);
    expect(mail.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Bcc: x@example.org',
    );
    expect(mail.html).toContain('O&#39;Brien &amp; Co');
    expect(mail.text).toContain('Bonjour Awa Bcc: someone@example.org,');
    expect(mail.text).not.toContain('token=');
  });
});

describe('queuing a commitment reminder', () => {
  const reminder = (
    overrides: Partial<CommitmentReminderMailParams> = {},
    extra: Partial<QueuedMail> = {},
  ): QueuedMail =>
    ({
      tenantId: null,
      template: 'commitment-reminder',
      to: 'awa@example.org',
      locale: 'fr',
      params: { ...params, ...overrides },
      ...extra,
    }) as QueuedMail;

  const withItem = (change: Record<string, unknown>) => ({
    commitments: [{ ...overdue, ...change } as CommitmentReminderItem],
  });

  it('needs no secret, and is not sent past its period', () => {
    const { payload, secret } = prepareMail(reminder());
    expect(secret).toBeNull();
    expect(payload.params).toEqual(params);
    expect(mailSendBefore('commitment-reminder', params)).toBe(params.validUntil);
    expect(readPayload(JSON.parse(JSON.stringify(payload)))).toEqual(payload);
  });

  it('refuses a secret it would have no link for', () => {
    expect(() => prepareMail(reminder({}, { secret: 'x' }))).toThrow(/takes no secret/);
  });

  it('accepts 50 commitments, progress 0 and 100', () => {
    const fifty = Array.from({ length: 50 }, (_, index) => ({
      ...dueSoon,
      progress: index % 2 === 0 ? 0 : 100,
    }));
    expect(() => prepareMail(reminder({ commitments: fifty }))).not.toThrow();
  });

  it.each<[string, Partial<CommitmentReminderMailParams>, RegExp]>([
    ['a due date that does not exist', withItem({ dueDate: '2025-02-29' }), /dueDate/],
    ['a due date that is an instant', withItem({ dueDate: '2025-12-01T00:00:00Z' }), /dueDate/],
    ['a last update that is no date', withItem({ lastUpdateOn: 'yesterday' }), /lastUpdateOn/],
    ['a progress of 101', withItem({ progress: 101 }), /progress/],
    ['a negative progress', withItem({ progress: -1 }), /progress/],
    ['a fractional progress', withItem({ progress: 12.5 }), /progress/],
    ['an unknown attention', withItem({ attention: 'late' }), /attention/],
    ['a blank title', withItem({ title: '  ' }), /title/],
    ['an item that is no object', { commitments: ['x' as never] }, /is not an object/],
    ['51 commitments', { commitments: Array.from({ length: 51 }, () => dueSoon) }, /more than 50/],
    ['no commitment', { commitments: [] }, /non-empty list/],
    ['a validity that is no instant', { validUntil: '2025-12-08' }, /validUntil/],
    ['a blank city', { tenantName: '' }, /tenantName/],
    ['no display name', { displayName: undefined as unknown as string }, /displayName/],
  ])('refuses %s', (_, overrides, message) => {
    expect(() => prepareMail(reminder(overrides))).toThrow(InvalidMailError);
    expect(() => prepareMail(reminder(overrides))).toThrow(message);
  });
});
