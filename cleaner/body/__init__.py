"""The article's body: which block is the article, reading it again where the fast first pass cut it
short, and the furniture, teasers and embeds taken out of it."""
