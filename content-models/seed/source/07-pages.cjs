'use strict';
const { rich } = require('./_helpers.cjs');

const page = (id, slug, title, seoDescription, blocks) => ({
  id,
  contentType: 'page',
  fields: { title, slug, body: rich(blocks), seoDescription },
});

const HELLO = '[hello@fixthecms.example](mailto:hello@fixthecms.example)';
const PRIVACY = '[privacy@fixthecms.example](mailto:privacy@fixthecms.example)';

module.exports = {
  entries: [
    page(
      'page-about',
      'about',
      'About #FixTheCMS',
      'Who is behind the #FixTheCMS campaign, what each organisation has done and what this site is for.',
      [
        [
          'p',
          'Child maintenance is money a child is owed by the parent they do not live with. The Child Maintenance Service (CMS) is the government service, run by the Department for Work and Pensions, that works out how much maintenance should be paid, and can collect it, when parents cannot agree between themselves.',
        ],
        [
          'p',
          'For years, parents have told charities that the CMS does not collect what their children are owed. #FixTheCMS is the campaign to change that.',
        ],
        ['h2', 'Who is involved'],
        [
          'ul',
          [
            '**Four women** are the claimants in the legal challenge. In June 2020 they sent a Letter Before Claim to the DWP over the CMS’s failure to collect the maintenance owed for their children.',
            '**Gingerbread** has supported the case from the start, alongside the Good Law Project and Mumsnet. In August 2023 it was given permission to intervene in the case, and it shares the work of running the All Party Parliamentary Group on the CMS.',
            '**Good Law Project** has backed the legal challenge with Gingerbread and Mumsnet since June 2020.',
            '**Mumsnet** joined the campaign in June 2020 and surveyed 1,357 parents about the CMS in August 2020. Its survey and campaign were cited in Parliament in May 2022.',
            '**One Parent Families Scotland (OPFS)** announced its support for the case on 1 July 2020, and in June 2023 published research on the CMS with five policy asks.',
          ],
        ],
        ['h2', 'About this site'],
        [
          'p',
          'This site supports the #FixTheCMS campaign. It explains what is going wrong with the CMS, [what the campaign is asking for](/asks/root-and-branch-review) and how you can help. Each organisation named here speaks for itself: for their official positions, go to their own websites.',
        ],
        [
          'p',
          'This is not a government website and it is not the Child Maintenance Service. We cannot help with individual cases. If you need advice about your own case, contact the CMS directly, or a single-parent charity such as Gingerbread (in England and Wales) or One Parent Families Scotland.',
        ],
      ],
    ),

    page(
      'page-get-involved',
      'get-involved',
      'Get involved',
      'Ways to help fix the Child Maintenance Service: sign up for updates, donate, share the campaign and write to your MP.',
      [
        [
          'p',
          'The campaign is stronger with every person who adds their voice. Here are four ways to help. Only do what feels safe for you: if you are worried someone checks your phone or computer, read [how to cover your tracks](/cover-your-tracks) first.',
        ],
        ['h2', 'Sign up for updates'],
        [
          'p',
          'Get occasional emails about the legal case, new research and moments when your voice can make a difference. We ask only for your email address, and your name and postcode area if you choose to give them. Read [how we use your details](/privacy).',
        ],
        ['h2', 'Donate'],
        [
          'p',
          'Gifts pay for research, for support with legal work and for keeping this site running. [Make a donation](/donate).',
        ],
        ['h2', 'Share the campaign'],
        [
          'ul',
          [
            'Share a news story or one of our asks with friends and family, using #FixTheCMS.',
            'Talk to other parents who use the CMS: many people do not know that others are facing the same problems.',
            'If you are part of a parents’ group, community group or union, tell them about the campaign.',
          ],
        ],
        ['h2', 'Write to your MP'],
        ['p', 'MPs can raise problems with ministers and in Parliament. A short, personal letter or email makes a difference.'],
        [
          'ol',
          [
            'Find out who your MP is by searching for your postcode on the UK Parliament website.',
            'Say that you live in their constituency and give your address, so they know you are a constituent.',
            'Explain in your own words how the CMS has affected you and your children. Share only what you are comfortable sharing.',
            'Say what you want to change. Pick one or two of our asks, such as [a root-and-branch review of the CMS](/asks/root-and-branch-review).',
            'Ask them to reply and tell you what they will do, for example raising your concerns with the minister responsible.',
          ],
        ],
      ],
    ),

    page(
      'page-contact',
      'contact',
      'Contact us',
      'How to contact the #FixTheCMS campaign site, and where to get help with an individual Child Maintenance Service case.',
      [
        ['p', `Email us at ${HELLO}. We read every message.`],
        ['h2', 'What we can help with'],
        ['ul', ['Questions about the campaign and this site.', 'Requests from journalists and researchers.', 'Problems using the site, including accessibility problems.']],
        ['h2', 'What we cannot help with'],
        [
          'p',
          'We are not the Child Maintenance Service and we cannot look into or advise on individual cases. For help with your own case, contact the CMS directly, or a single-parent charity such as Gingerbread (in England and Wales) or One Parent Families Scotland.',
        ],
        ['h2', 'Privacy questions'],
        ['p', `To ask about your personal information or use your data rights, email ${PRIVACY}. See our [privacy notice](/privacy).`],
        ['h2', 'Writing to us safely'],
        [
          'p',
          'Emails you send are kept in your Sent folder, and replies arrive in your inbox. If someone else can see your email, read [how to cover your tracks](/cover-your-tracks) before you write.',
        ],
      ],
    ),

    page(
      'page-privacy',
      'privacy',
      'Privacy notice',
      'What personal information this site collects, why, how long we keep it, and your rights under UK data protection law.',
      [
        [
          'p',
          'This notice explains what personal information the #FixTheCMS campaign site collects, why, how long we keep it and your rights. We collect as little as we can.',
        ],
        ['h2', 'What we do not collect'],
        [
          'ul',
          [
            'We do not use analytics, advertising or tracking tools.',
            'Our public pages make no requests to other companies’ services, so no third party learns that you visited.',
            'We set no cookies on public pages. See our [cookies page](/cookies).',
          ],
        ],
        ['h2', 'Email updates'],
        ['p', 'If you sign up for email updates, we keep:'],
        [
          'ul',
          [
            'your email address;',
            'your name, if you give it;',
            'your postcode area (the first part of your postcode), if you give it, so we can tell you about campaign activity near where you live;',
            'a record of your consent: what you agreed to, the wording you were shown and when.',
          ],
        ],
        [
          'p',
          'We use these details only to send you campaign updates. Our lawful basis is your consent, which you can withdraw at any time using the unsubscribe link in every email or by contacting us. We keep your details until you unsubscribe, and keep the record of your consent and of your unsubscribing only for as long as we need to show we respected your choice.',
        ],
        ['h2', 'Donations and Gift Aid'],
        [
          'p',
          'Card payments are handled by our payment provider. We never see or store your full card details. We keep your name, email address, the amount and date of your gift and a payment reference, so we can send a receipt and keep proper accounts.',
        ],
        [
          'p',
          'If you make a Gift Aid declaration, we also keep your full name, home address and the declaration itself, because HM Revenue and Customs (HMRC) requires them to claim Gift Aid. We keep Gift Aid records for six years, as the law requires, and share them with HMRC when we make a claim.',
        ],
        ['h2', 'Keeping the site secure'],
        [
          'p',
          'To protect the site from abuse, such as repeated automated form submissions, our servers briefly process your IP address. We do not use it to identify you or to track you across the web.',
        ],
        ['h2', 'Who else handles your information'],
        [
          'p',
          'We do not sell your information or share it for marketing. The only organisations that handle it on our behalf are the services that host this site, send our emails and process payments, and HMRC for Gift Aid claims.',
        ],
        ['h2', 'Your rights'],
        ['p', 'Under UK data protection law (the UK GDPR and the Data Protection Act 2018) you have the right to:'],
        [
          'ul',
          [
            'ask for a copy of the personal information we hold about you;',
            'ask us to correct information that is wrong;',
            'ask us to delete your information;',
            'ask us to restrict or stop using your information, or object to how we use it;',
            'ask for your information in a form you can take elsewhere;',
            'withdraw your consent at any time.',
          ],
        ],
        [
          'p',
          'To use any of these rights, email us at the address above. If you are unhappy with how we have handled your information, you can complain to the Information Commissioner’s Office at [ico.org.uk](https://ico.org.uk).',
        ],
        // The controller's name, address and contact come first on the page, from site settings.
      ],
    ),

    page(
      'page-cookies',
      'cookies',
      'Cookies',
      'This site sets no cookies for visitors. The only cookies are for editors previewing draft content.',
      [
        [
          'p',
          'We do not set any cookies when you read this site. There are no analytics, advertising or social media cookies, so there is nothing to accept or reject.',
        ],
        ['h2', 'Cookies used only by our editors'],
        [
          'p',
          'People who edit the site can switch on draft mode to check changes before they are published. Only then does the site set the cookie below. It is strictly necessary for that feature and visitors never receive it.',
        ],
        ['h3', '__prerender_bypass'],
        [
          'ul',
          [
            '**Purpose**: turns on draft mode, so an editor sees unpublished content.',
            '**Set by**: this site, only when an editor starts a preview with the preview link from Contentful.',
            '**How long it lasts**: until the editor leaves draft mode or closes the browser.',
            '**Protection**: it cannot be read by scripts on the page (HttpOnly) and is sent only over a secure connection (Secure). Contentful shows our pages to editors inside its own editor, so the cookie is also sent when another website shows this one in a frame (SameSite=None), but the browser keeps a separate copy for each such website (Partitioned): a preview started inside Contentful never reaches any other site.',
          ],
        ],
        ['h2', 'Other websites'],
        [
          'p',
          'If you follow a link to another website, that site may set its own cookies. This includes BBC Weather, where our quick exit button takes you.',
        ],
        ['h2', 'Removing cookies'],
        [
          'p',
          'You can delete cookies, and other traces of the sites you visit, in your browser settings. Our guide to [covering your tracks](/cover-your-tracks) explains how.',
        ],
      ],
    ),

    page(
      'page-cover-your-tracks',
      'cover-your-tracks',
      'Cover your tracks online',
      'How to remove your visits to this site from a phone or computer, the limits of private browsing, the quick exit button and where to get help.',
      [
        [
          'p',
          'If you are worried that someone might check what you have been looking at online, this page explains what your phone, tablet or computer keeps a record of, and how to remove it.',
        ],
        [
          'p',
          'No method is perfect. If you think someone is monitoring your device, the safest choice is to use one they cannot get to, such as a trusted friend’s phone or a computer in a public library.',
        ],
        ['h2', 'Leaving this site quickly'],
        [
          'p',
          'Use the **Exit this site** button at the top of every page. It blanks the screen at once and takes you straight to BBC Weather. On a keyboard you can also press **Escape** twice, or **Shift** three times, in quick succession. Pressing Shift while you type in a box on this site does not count.',
        ],
        [
          'p',
          'The exit replaces the page you were on, so pressing Back does not show it again. If someone presses Back in that tab later, any page of this site they reach blanks itself and leaves again.',
        ],
        [
          'p',
          'Quick exit does not delete anything. Your browser’s history list, and its list of recently closed tabs, still show that you visited this site. Afterwards, follow the steps below to remove it.',
        ],
        ['h2', 'What your browser remembers'],
        [
          'ul',
          [
            '**History**: a list of the pages you have visited, and when.',
            '**Cache**: copies of pages and images, saved so that sites load faster next time.',
            '**Cookies**: small files that websites store on your device. This site does not set cookies for visitors, but other sites may.',
            '**Autofill and suggestions**: words typed into search boxes and forms, and web addresses the address bar suggests as you start typing. When you clear browsing data, also tick the option for autofill or form data. To remove one address suggestion in Chrome or Edge, highlight it with the arrow keys and press Shift+Delete (Shift+Fn+Delete on a Mac).',
            '**Downloads**: files you download stay in your Downloads folder, and the browser keeps a list of them, until you delete both. Delete the file, then remove it from the browser’s downloads list (Ctrl+J in most browsers).',
            '**Recently closed tabs**: most browsers list these in the History menu so you can reopen them. Clearing history removes them.',
            '**Saved passwords and bookmarks**: these stay until you remove them.',
          ],
        ],
        ['h2', 'Delete one page, or everything?'],
        [
          'p',
          'Removing only the pages you want to hide is usually less noticeable than clearing everything. If you share a device and someone’s own history, saved logins or open tabs suddenly disappear, they may notice. Think about what is normal for your device before you choose.',
        ],
        ['h2', 'On a computer'],
        ['p', 'Menus change between versions. If a step looks different, look for **History** or **Privacy** in the browser’s menu or settings.'],
        ['h3', 'Google Chrome'],
        [
          'ul',
          [
            'Open the menu (three dots, top right) and choose **History**, or press Ctrl+H (Cmd+Y on a Mac).',
            'To remove one page: tick the box next to it, or open the three-dot menu beside it, and choose **Remove from history**.',
            'To clear everything: choose **Delete browsing data** (or press Ctrl+Shift+Delete), pick a time range, tick browsing history, cookies and cached images and files, and confirm.',
          ],
        ],
        ['h3', 'Microsoft Edge'],
        [
          'ul',
          [
            'Open the menu (three dots, top right) and choose **History**, or press Ctrl+H.',
            'To remove one page: point at it and select the delete icon next to it.',
            'To clear everything: open **Settings**, then **Privacy, search and services**, and choose **Clear browsing data** (or press Ctrl+Shift+Delete).',
          ],
        ],
        ['h3', 'Mozilla Firefox'],
        [
          'ul',
          [
            'Open the menu (three lines, top right), choose **History**, then **Manage history**.',
            'To remove one page: right-click it and choose **Delete Page**.',
            'To clear everything: in the History menu choose **Clear recent history** (or press Ctrl+Shift+Delete), set the time range to everything, choose what to clear and confirm.',
          ],
        ],
        ['h3', 'Safari on a Mac'],
        [
          'ul',
          [
            'In the menu bar, choose **History**, then **Show All History**.',
            'To remove one page: select it and press Delete.',
            'To clear everything: choose **History**, then **Clear History**, and pick a time range. If Safari syncs through iCloud, this also clears history on the other devices signed in to that account.',
          ],
        ],
        ['h2', 'On a phone or tablet'],
        ['h3', 'iPhone and iPad (Safari)'],
        [
          'ul',
          [
            'To remove one page: in Safari, tap the bookmarks button (an open book), open the **History** tab (a clock), then swipe left on the page and tap **Delete**.',
            'To clear everything: open the **Settings** app, go to **Safari** (on newer versions, **Apps**, then **Safari**) and tap **Clear History and Website Data**.',
          ],
        ],
        ['h3', 'Android (Chrome)'],
        [
          'ul',
          [
            'Tap the menu (three dots), then **History**.',
            'To remove one page: tap the delete button (an X) next to it.',
            'To clear everything: tap **Delete browsing data**, choose a time range and what to delete, and confirm.',
          ],
        ],
        [
          'p',
          'Other phone browsers, such as Samsung Internet, Firefox and Edge, have similar options under **History** or **Settings** in their menu. In Chrome on an iPhone, open the menu (three dots, bottom right) and tap **History**: tap **Edit** to remove single pages, or **Delete browsing data** to clear everything.',
        ],
        ['h2', 'Private or incognito browsing'],
        [
          'p',
          'Every main browser has a private mode: an **Incognito** window in Chrome, an **InPrivate** window in Edge, and a **Private window** in Firefox and Safari. Pages you visit in a private window are not saved to your history, and its cookies are deleted when you close it.',
        ],
        ['p', 'Private browsing has limits. It does not hide what you do from:'],
        [
          'ul',
          [
            'whoever runs the network you are using, such as an employer, a school or the owner of the Wi-Fi;',
            'your internet or mobile provider;',
            'websites and accounts you sign in to while browsing;',
            'monitoring software (sometimes called spyware or stalkerware) installed on the device.',
          ],
        ],
        [
          'p',
          'Files you download and bookmarks you save in a private window stay on the device. Close every private window when you have finished.',
        ],
        ['h2', 'Email, searches and accounts'],
        [
          'ul',
          [
            '**Email**: messages you send are kept in Sent, unfinished ones in Drafts, and deleted ones in Deleted items or Bin until it is emptied. Check all three.',
            '**Search history**: if you are signed in to a Google, Microsoft or Apple account, your searches may be saved to the account as well as to the browser. You can review and delete them in the account’s activity or privacy settings.',
            '**Search boxes and toolbars**: some remember what you typed separately from your browsing history.',
            '**Phones**: call logs, text messages and notifications can also show who you have been in touch with.',
          ],
        ],
        ['h2', 'Shared accounts and synced devices'],
        [
          'p',
          'If your browser is signed in to an account that someone else can use, or that is shared across a family’s devices, your history can be copied to every device using that account. Deleting history on one device may delete it on all of them, which can also be noticed.',
        ],
        [
          'ul',
          [
            'Check whether your browser is signed in, and to whose account. This is usually shown by a picture or initial near the address bar, or in the browser’s settings.',
            'If it is signed in to a shared account, use a private window, or a browser or profile that is not signed in.',
            'Check shared tablets and computers, family-sharing settings and apps that share your location.',
          ],
        ],
        ['h2', 'Where to get help'],
        ['p', 'If you are experiencing domestic abuse, or are worried about someone who is, these helplines can help:'],
        [
          'ul',
          [
            '**National Domestic Abuse Helpline** (England): 0808 2000 247',
            '**Domestic Abuse and Forced Marriage Helpline** (Scotland): 0800 027 1234',
            '**Live Fear Free helpline** (Wales): 0808 80 10 800',
            '**Domestic and Sexual Abuse Helpline** (Northern Ireland): 0808 802 1414',
            '**Men’s Advice Line**, for men experiencing domestic abuse: 0808 801 0327',
          ],
        ],
        [
          'p',
          '**In an emergency, call 999.** If you call from a mobile and cannot speak, press 55 when prompted, so the operator knows you need help.',
        ],
        [
          'p',
          'Calls to 0800 and 0808 numbers are free from UK landlines and mobiles, but they will show in your phone’s call history. Delete the entry afterwards if you need to.',
        ],
      ],
    ),

    page(
      'page-accessibility',
      'accessibility',
      'Accessibility',
      'How we try to make this site usable for everyone, and how to tell us about a problem.',
      [
        [
          'p',
          'We want everyone to be able to use this site, including people who use a screen reader, screen magnification, voice control or only a keyboard.',
        ],
        ['h2', 'What we aim for'],
        [
          'ul',
          [
            'We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.',
            'Plain English, short pages and clear headings.',
            'Every page and control can be used with a keyboard, including the quick exit (press Escape twice, or Shift three times).',
            'Images have text descriptions, and no information is given by colour alone.',
          ],
        ],
        ['h2', 'If something does not work for you'],
        [
          'p',
          `Tell us at ${HELLO}. Say which page you were on and what went wrong, and we will try to fix it. If you need information from this site in a different format, ask and we will do our best to provide it.`,
        ],
      ],
    ),
  ],
};
