interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

/** Numbered pagination, GOV.UK style: previous/next plus every page number. */
export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  const linkClass = 'inline-block min-w-11 px-3 py-2 text-center font-semibold';
  return (
    <nav aria-label="Pagination" className="mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <a href={hrefFor(page - 1)} rel="prev" className={linkClass}>
              Previous<span className="sr-only"> page</span>
            </a>
          </li>
        )}
        {pages.map((n) => (
          <li key={n}>
            {n === page ? (
              <a href={hrefFor(n)} aria-current="page" className={`${linkClass} bg-brand text-paper no-underline`}>
                <span className="sr-only">Page </span>
                {n}
              </a>
            ) : (
              <a href={hrefFor(n)} className={linkClass}>
                <span className="sr-only">Page </span>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <a href={hrefFor(page + 1)} rel="next" className={linkClass}>
              Next<span className="sr-only"> page</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
