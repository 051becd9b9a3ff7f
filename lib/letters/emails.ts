import { escapeHtml, layout, type EmailContent } from '@/lib/newsletter/emails';

function hello(firstName: string): string {
  return `Hello ${firstName},`;
}

export function confirmSignatureEmail(opts: { firstName: string; letterTitle: string; confirmUrl: string; validHours: number }): EmailContent {
  const lines = [
    `Thank you for adding your name to "${opts.letterTitle}".`,
    `Your name counts once you confirm it. Open this link and select "Confirm" (the link works for ${opts.validHours} hours):`,
  ];
  const ignore = 'If you did not ask for this, ignore this email: your name will not be added.';
  return {
    subject: 'Confirm your name on the #FixTheCMS open letter',
    text: [hello(opts.firstName), '', lines[0], '', lines[1], opts.confirmUrl, '', ignore, ''].join('\n'),
    html: layout(
      [escapeHtml(hello(opts.firstName)), escapeHtml(lines[0]!), escapeHtml(`The link works for ${opts.validHours} hours.`), escapeHtml(ignore)],
      { href: opts.confirmUrl, label: 'Confirm my name' },
      null,
    ),
  };
}

export function alreadySignedEmail(opts: { firstName: string; letterTitle: string; letterUrl: string }): EmailContent {
  const lines = [
    `Someone (hopefully you) asked to add this address to "${opts.letterTitle}".`,
    'Your name is already on the letter and counted once, so there is nothing more to do.',
    'If this was not you, you can ignore this email.',
  ];
  return {
    subject: 'You have already signed the #FixTheCMS open letter',
    text: [hello(opts.firstName), '', ...lines, '', opts.letterUrl, ''].join('\n'),
    html: layout([escapeHtml(hello(opts.firstName)), ...lines.map(escapeHtml)], { href: opts.letterUrl, label: 'See the letter' }, null),
  };
}
