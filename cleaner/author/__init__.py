"""The authors: meta tags and JSON-LD, the page's bylines and the names in them, in the languages of
the news."""
