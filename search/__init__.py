"""Full-text search in every language of the portal: text normalisation, backends, the search page and API."""
