/**
 * The links on every page, in one table so a page is added to the site's menus in one place:
 * `main` in the header's menu, `footer` under it (who runs the site, privacy, contact).
 */
const SITE_LINKS = [
  { href: '/news', label: 'News', menu: 'main' },
  { href: '/research', label: 'Research', menu: 'main' },
  { href: '/asks', label: 'Our asks', menu: 'main' },
  { href: '/timeline', label: 'Timeline', menu: 'main' },
  { href: '/get-involved', label: 'Get involved', menu: 'main' },
  { href: '/donate', label: 'Donate', menu: 'main' },
  { href: '/about', label: 'Who we are', menu: 'footer' },
  { href: '/cover-your-tracks', label: 'Cover your tracks', menu: 'footer' },
  { href: '/privacy', label: 'Privacy', menu: 'footer' },
  { href: '/cookies', label: 'Cookies', menu: 'footer' },
  { href: '/contact', label: 'Contact', menu: 'footer' },
] as const;

export const linksIn = (menu: (typeof SITE_LINKS)[number]['menu']) => SITE_LINKS.filter((link) => link.menu === menu);
