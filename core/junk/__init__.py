"""The junk-line rules: what extractors leave behind around and inside an article body, judged line
by line (one line = one paragraph).

Rules are general, not tied to one site: photo credits and captions, date banners, breadcrumbs,
share/font widgets, metadata labels, comment prompts, and in many languages "read also" teasers,
paywall and membership prompts, donation appeals, player labels, "as of" stamps, embedded posts, staff
and rights credits, agency sign-offs. The cuts across lines (the tail after the article, a "read also"
marker with the headline after it) are ``core.cuts.tails``'. ``core.text.clean_text`` applies them (to
the clean stage's article bodies and to the classifier's seeds); bump ``core.text.CLEANER_VERSION``
when a rule here changes so ``newsflow reprocess`` can find old rows.

The rules by kind: ``teasers`` ("read also", promo lines, video teasers), ``prompts`` (paywalls,
newsletters, cookies, appeals, channels, comment prompts, embedded posts), ``furniture`` (breadcrumbs, labels,
widgets, bare addresses), ``credits`` (captions, source, staff and rights credits, sign-offs),
``date_lines`` (date banners and stamps), ``short_prompts`` (whole short lines: sign-ups, paywall
notices, appeals, player and ad labels, contact lines, update and "as of" stamps in more languages),
``embeds`` (embedded posts' and players' fallback text: signatures, t.co links, TikTok captions,
Facebook credits, Instagram labels, "Watch on YouTube", view counts), ``players`` (the video player's
screen-reader texts, "listen to this article", "the article goes on after the advertisement");
by language, as word lists: ``labels`` (buttons and labels alone on a line: sharing, "copy link", print,
comments, "listen", the video player, the advertisement), ``appeals`` (sign-ups, paywall notices,
donations, cookie notices, "follow us" with a platform), ``stamps`` (reading times, "as of" stamps);
``line_shapes`` what several of them read of a line;
``verdict`` the line's verdict, ``is_junk``.
"""

from core.junk.line_shapes import TERMINAL
from core.junk.teasers import MAX_MARKER_WORDS, READ_ALSO
from core.junk.verdict import is_junk

__all__ = ["MAX_MARKER_WORDS", "READ_ALSO", "TERMINAL", "is_junk"]
