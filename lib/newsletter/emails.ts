export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function greeting(firstName: string | null): string {
  return firstName ? `Hello ${firstName},` : 'Hello,';
}

/** The one HTML email layout; transactional mail (no list to leave) passes no unsubscribe link. */
export function layout(paragraphs: string[], button: { href: string; label: string } | null, unsubscribeUrl: string | null): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${p}</p>`).join('\n');
  const cta = button
    ? `<p style="margin:24px 0"><a href="${escapeHtml(button.href)}" style="background:#0b5560;color:#ffffff;padding:12px 20px;text-decoration:none;font-weight:bold;display:inline-block">${escapeHtml(button.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px">If the button does not work, copy this link into your browser:<br>${escapeHtml(button.href)}</p>`
    : '';
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>#FixTheCMS</title></head>
<body style="margin:0;padding:24px;background:#fbfaf7;color:#1d2a44;font-family:system-ui,Arial,sans-serif;font-size:17px;line-height:1.5">
<div style="max-width:36rem">
${body}
${cta}
${unsubscribeUrl ? `<p style="margin:32px 0 0;font-size:14px;color:#3d4a5c">You can <a href="${escapeHtml(unsubscribeUrl)}" style="color:#0b5560">unsubscribe</a> at any time.</p>` : ''}
</div>
</body></html>`;
}

export function confirmEmail(opts: { firstName: string | null; confirmUrl: string; unsubscribeUrl: string; validHours: number }): EmailContent {
  const hello = greeting(opts.firstName);
  const lines = [
    'Please confirm that you want to get email updates from #FixTheCMS.',
    `Open this link and select "Confirm" (the link works for ${opts.validHours} hours):`,
  ];
  const ignore = 'If you did not ask for this, ignore this email: you will not be added to our list.';
  return {
    subject: 'Confirm your #FixTheCMS email updates',
    text: [hello, '', lines[0], '', lines[1], opts.confirmUrl, '', ignore, '', `Unsubscribe: ${opts.unsubscribeUrl}`, ''].join('\n'),
    html: layout(
      [escapeHtml(hello), escapeHtml(lines[0]!), escapeHtml(`The link works for ${opts.validHours} hours.`), escapeHtml(ignore)],
      { href: opts.confirmUrl, label: 'Confirm my subscription' },
      opts.unsubscribeUrl,
    ),
  };
}

export function alreadySubscribedEmail(opts: { firstName: string | null; unsubscribeUrl: string }): EmailContent {
  const hello = greeting(opts.firstName);
  const lines = [
    'Someone (hopefully you) asked to sign up to #FixTheCMS email updates with this address.',
    'You are already subscribed, so there is nothing more to do.',
    'If this was not you, you can ignore this email, or unsubscribe using the link below.',
  ];
  return {
    subject: 'You are already getting #FixTheCMS updates',
    text: [hello, '', ...lines, '', `Unsubscribe: ${opts.unsubscribeUrl}`, ''].join('\n'),
    html: layout([escapeHtml(hello), ...lines.map(escapeHtml)], null, opts.unsubscribeUrl),
  };
}
