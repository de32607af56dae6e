"""A run of bare platform and shop-button lines: the links of a podcast box ("Spotify", "Apple Podcasts",
"Deezer", each its own link and line), of the outlet's channels ("Telegram", "WhatsApp", "VK"), of an
app's stores ("App Store", "Google Play"), or a product's buttons in a deals story ("Shop now", "Add to
basket"). One such name alone on a line may be a heading of the story ("Spotify" over a paragraph on its
prices), so the line rules (``core.junk``) keep it; two or more in a row are a box of links, and go,
with the short prompt ending in a colon right above them ("Listen on:", "Escucha el podcast en:"). A
story may list the outlet's channels' names (the services an outage took down): of those alone, three
or more in a row go, and no prompt with them; but not a list the story introduces (a sentence of four
words or more ending with a colon above it) of networks its prose names (two of them or more: an article
about the services themselves).

Cheap: a line of at most ``_MAX_WORDS`` words, lowered and stripped of bullets, looked up in a set.
"""

from __future__ import annotations

# The names, lowered, as a box prints them: apps to listen on, stores, a shop's buttons ...
_BOX_NAMES = frozenset((
    # podcast and music apps
    "spotify", "apple podcasts", "apple podcast", "google podcasts", "deezer", "ivoox", "amazon music",
    "youtube music", "pocket casts", "pocketcasts", "overcast", "castbox", "podimo", "audible", "soundcloud",
    "tunein", "iheartradio", "iheart", "stitcher", "acast", "podcast addict", "castro", "rss", "rss feed",
    "ard audiothek", "audio now", "audionow", "apple music", "яндекс музыка", "звук", "podbean",
    # app stores
    "app store", "google play", "appgallery",
    # a shop's buttons
    "shop now", "buy now", "add to basket", "add to cart", "add to bag", "view deal", "check price",
    "see price", "jetzt kaufen", "zum angebot", "acheter", "voir l'offre", "comprar", "comprar ahora",
    "ver oferta", "acquista ora", "kup teraz", "купить", "satın al",
))
# ... and the outlet's channels and the sharing buttons, which a story may list too (the services an
# outage took down): a run of these alone is a box from three names on, and takes no prompt with it.
_CHANNELS = frozenset((
    "facebook", "twitter", "x", "instagram", "youtube", "tiktok", "linkedin", "telegram", "whatsapp",
    "threads", "bluesky", "mastodon", "reddit", "pinterest", "flipboard", "email", "e-mail", "messenger",
    "vk", "вконтакте", "одноклассники", "дзен", "line", "kakaotalk", "weibo", "wechat", "微信", "微博",
    "google news", "viber", "zalo",
))
_MAX_WORDS = 4
_EDGES = " \t•·►▶»>→|-–—*#"
_MIN_RUN = 2
_MIN_CHANNELS_RUN = 3
_MAX_PROMPT_WORDS = 6
_MIN_INTRO_WORDS = 4
_MIN_NAMED = 2
# Channels' names too short or too common in prose to tell that the story is about them.
_VAGUE = frozenset(("x", "vk", "line", "email", "e-mail", "дзен"))
# An invitation's words: a line above the run asking to follow or share introduces the outlet's own.
_INVITES = ("follow us", "follow me", "share", "social", "folgen sie", "teilen sie", "suivez-nous",
            "partagez", "síguenos", "compartir", "seguici", "condividi", "siga-nos", "redes sociais",
            "подписывайтесь", "подпишитесь", "поделитесь", "соцсет", "підписуйтесь", "obserwuj",
            "udostępnij", "takip ed", "paylaş", "ikuti kami", "bagikan", "theo dõi", "chia sẻ", "تابعونا",
            "شارك", "دنبال کنید")


def _name(line: str, words: list[str]) -> int:
    """2 for a box's name (``_BOX_NAMES``), 1 for a channel's, 0 for any other line."""
    if not 0 < len(words) <= _MAX_WORDS:
        return 0
    bare = line.lower().strip(_EDGES)
    return 2 if bare in _BOX_NAMES else 1 if bare in _CHANNELS else 0


def drop_platform_runs(lines: list[str], words: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """``lines`` (with their ``words``) without runs of bare platform and button lines (see above)."""
    short = [index for index, line_words in enumerate(words) if len(line_words) <= _MAX_WORDS]
    if len(short) < _MIN_RUN:  # most texts: prose, a heading or two
        return lines, words
    drop: set[int] = set()
    index = short[0]
    while index < len(lines):
        kind = _name(lines[index], words[index])
        if not kind:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and (next_kind := _name(lines[end], words[end])):
            kind = max(kind, next_kind)
            end += 1
        if end - index >= (_MIN_RUN if kind == 2 else _MIN_CHANNELS_RUN) \
                and not (kind == 1 and _story_list(lines, words, index, end)):
            drop.update(range(index, end))
            above = index - 1
            if kind == 2 and above >= 0 and lines[above].endswith((":", "：")) \
                    and 0 < len(words[above]) <= _MAX_PROMPT_WORDS:
                drop.add(above)
        index = end
    if not drop:
        return lines, words
    keep = [i for i in range(len(lines)) if i not in drop]
    return [lines[i] for i in keep], [words[i] for i in keep]


def _story_list(lines: list[str], words: list[list[str]], start: int, end: int) -> bool:
    """Whether the channels' run ``lines[start:end]`` is a list the story introduces of networks its
    prose names (see above)."""
    above = start - 1
    if above < 0 or end >= len(lines) or not lines[above].endswith((":", "：")) \
            or len(words[above]) < _MIN_INTRO_WORDS:
        return False
    intro = lines[above].lower()
    if any(word in intro for word in _INVITES):
        return False
    names = {line.lower().strip(_EDGES) for line in lines[start:end]} - _VAGUE
    prose = " ".join(line for line, line_words in zip(lines, words, strict=True)
                     if len(line_words) > _MAX_PROMPT_WORDS).lower()
    return sum(name in prose for name in names) >= _MIN_NAMED
