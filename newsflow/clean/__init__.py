"""Clean stage: extract article text and metadata from raw HTML, remove junk, find duplicates."""
