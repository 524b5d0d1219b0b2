"""The ground floor: helpers every room may use, knowing nothing of data/ — error lines, languages and site
addresses, HTML tables, heading ids, the search-exclusion mark, common words."""
