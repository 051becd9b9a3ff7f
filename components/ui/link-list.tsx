export interface ListedLink {
  href: string;
  label: string;
}

/**
 * A list of plain links (menus, share targets): one `<li>` and `<a>` each, keyed by address.
 * `rel` is for links that leave the site.
 */
export function LinkList({ links, className, linkClassName, rel }: { links: readonly ListedLink[]; className: string; linkClassName?: string; rel?: string }) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} className={linkClassName} rel={rel}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
