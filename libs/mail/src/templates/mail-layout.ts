import type { Locale } from '@inclusion/i18n';
import { escapeHtml } from './escape-html';
import type { MailContent, RenderedMail } from './mail-content';

const LINK_FALLBACK: Record<Locale, string> = {
  fr: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:',
  en: 'If the button does not work, copy this link into your browser:',
};

const COLON: Record<Locale, string> = { fr: '\u00a0:', en: ':' };

function toText(content: MailContent, locale: Locale): string {
  return [
    content.greeting,
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}${COLON[locale]}\n${content.action.url}`] : []),
    ...content.closing,
    content.signOff,
  ].join('\n\n');
}

const paragraph = (text: string, style = 'margin:0 0 16px;'): string =>
  `<p style="${style}">${escapeHtml(text)}</p>`;

function actionHtml(action: NonNullable<MailContent['action']>, locale: Locale): string[] {
  const url = escapeHtml(action.url);
  return [
    '<p style="margin:24px 0;">',
    `<a href="${url}" style="display:inline-block;padding:14px 22px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;">${escapeHtml(action.label)}</a>`,
    '</p>',
    paragraph(LINK_FALLBACK[locale], 'margin:0 0 8px;font-size:14px;color:#52525b;'),
    `<p style="margin:0 0 24px;font-size:14px;word-break:break-all;"><a href="${url}" style="color:#1d4ed8;">${url}</a></p>`,
  ];
}

/** Inline styles and a single column: what mail clients, old phones included, render reliably. */
function toHtml(content: MailContent, locale: Locale): string {
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:24px 12px;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5;color:#18181b;">',
    '<div style="max-width:560px;margin:0 auto;padding:32px 24px;background:#ffffff;border-radius:8px;">',
    paragraph(content.greeting),
    ...content.paragraphs.map((text) => paragraph(text)),
    ...(content.action ? actionHtml(content.action, locale) : []),
    ...content.closing.map((text) => paragraph(text)),
    paragraph(content.signOff, 'margin:0;'),
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

export function layOut(content: MailContent, locale: Locale): RenderedMail {
  return {
    subject: content.subject,
    text: toText(content, locale),
    html: toHtml(content, locale),
  };
}
