"""Cuts across lines that ``core.text.clean_text`` makes in an article's text: where other content
begins and runs to the end or to a button (``tails``: the tail of teasers and "read also" markers,
embedded posts' texts; ``author_boxes``: the writer's bio box; ``newsletter_boxes``: a sign-up box;
``support_appeals``: a reader-support appeal). The one-line rules are ``core.junk``'s."""
