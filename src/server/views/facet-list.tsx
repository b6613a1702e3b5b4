import type { FC } from 'hono/jsx';
import type { FacetDto } from '../../publish/present/search-dto.ts';

/** One facet as a list of links that add (or remove, when active) its value to the current search. */
export const FacetList: FC<{
  title: string;
  param: string;
  facets: readonly FacetDto[];
  active: readonly string[];
  href: (param: string, value: string, on: boolean) => string;
}> = ({ title, param, facets, active, href }) =>
  facets.length === 0 ? null : (
    <section class="facet" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {facets.map((f) => {
          const on = active.includes(f.value);
          return (
            <li>
              <a
                href={href(param, f.value, !on)}
                aria-current={on ? 'true' : undefined}
                class={on ? 'active' : undefined}
                data-facet={`${param}:${f.value}`}
              >
                {on ? '✓ ' : ''}
                {f.label}
              </a>{' '}
              <span class="count">{f.count}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
