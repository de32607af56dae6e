"""The verdict on one line: junk if any rule of the package's modules takes it. Every rule targets
short lines, so a long line is prose at once."""

from __future__ import annotations

from core.junk.appeals import is_appeal
from core.junk.credits import END_MARK, INITIALS_SIGN, SIGN_OFF, is_caption, is_credit
from core.junk.date_lines import PRINT_LINE, PUBLISHED_LINE, is_date_banner, is_date_line
from core.junk.embeds import is_embed
from core.junk.furniture import (
    AD_TEXT,
    ADDRESS,
    BRACKETED_TOOLS,
    LABEL,
    is_breadcrumb,
    is_hostname,
    is_place_label,
    is_post_meta,
    is_widget,
)
from core.junk.labels import is_label
from core.junk.offers import MAX_NOTICE_WORDS, is_offer
from core.junk.players import is_player_text
from core.junk.podcasts import is_podcast_links
from core.junk.prompts import (
    MAX_PROMPT_WORDS,
    POST_SIGNATURE,
    PROMPT_START,
    is_comment_prompt,
    is_paywall_notice,
    is_prompt,
)
from core.junk.short_prompts import is_short_prompt
from core.junk.stamps import is_stamp
from core.junk.teasers import INLINE_PROMO, is_caps_promo, is_video_teaser
from core.junk.wire_credits import is_wire_credit

# Junk lines are short: captions, banners, prompts and widgets run to a few dozen words at most.
_MAX_JUNK_WORDS = 40


def is_junk(line: str, words: list[str]) -> bool:
    if not words:
        return True  # punctuation or symbols only
    if len(words) > _MAX_JUNK_WORDS:
        # a long line is prose (every rule below targets short lines), but for a reprint notice
        return len(words) <= MAX_NOTICE_WORDS and is_offer(line)
    return (
        is_date_banner(line)
        or is_breadcrumb(line, words)
        or is_caption(line, words)
        or is_widget(line, words)
        or is_comment_prompt(line)
        or bool(INLINE_PROMO.match(line))
        or is_caps_promo(line, words)
        or is_video_teaser(line, words)
        or is_prompt(line)
        or (len(words) <= MAX_PROMPT_WORDS
            and (PROMPT_START.match(line) is not None or is_paywall_notice(line)))
        or bool(POST_SIGNATURE.search(line))
        or bool(LABEL.match(line))
        or bool(AD_TEXT.match(line))
        or bool(INITIALS_SIGN.match(line))
        or bool(PRINT_LINE.match(line))
        or bool(SIGN_OFF.match(line))
        or bool(END_MARK.match(line))
        or (line[:1] in "【[" and BRACKETED_TOOLS.match(line) is not None)
        or bool(PUBLISHED_LINE.match(line))
        or is_credit(line, words)
        or is_hostname(line)
        or bool(ADDRESS.match(line))
        or is_date_line(line, words)
        or is_short_prompt(line, words)
        or is_embed(line, words)
        or is_player_text(line, words)
        or is_label(line, words)
        or is_appeal(line, words)
        or is_stamp(line, words)
        or is_post_meta(line, words)
        or is_place_label(line, words)
        or is_wire_credit(line, words)
        or is_offer(line)
        or is_podcast_links(line, words)
    )
