import { SearchResults } from '../../features/search/components/search-results'

/** `/search?q=`: the results of the header's search. */
export function SearchRoute() {
  return <SearchResults />
}
