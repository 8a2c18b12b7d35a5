"""Demo content: written in our own words from public news about migration in Asia-Pacific."""
