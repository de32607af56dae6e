"""A podcast's links left at the end of an article: the platforms to listen on ("Listen on: Apple
Podcasts | Spotify | Pocket Casts", "Hören Sie den Podcast auf Spotify, Apple Podcasts, Deezer oder in
der ARD Audiothek.", "Écoutez le podcast sur Apple Podcasts, Spotify et Deezer."), a platform's name on
its own line where only a podcast app is so named ("Apple Podcasts", "Pocket Casts"), and the prompt
above them ("Listen to the podcast", "Den Podcast abonnieren"). A story about podcasts names the
platforms too ("Spotify and Apple Podcasts are competing for exclusive shows"): two or more of them
are junk only beside a call to listen or follow, or with little else on the line."""

from __future__ import annotations

import re

_PLATFORMS = re.compile(
    r"apple podcasts?|google podcasts?|spotify|amazon music|deezer|pocket ?casts|overcast|stitcher|"
    r"youtube music|iheart(?:radio)?|tunein|castbox|podimo|audible|soundcloud|ivoox|ard audiothek|"
    r"audio ?now|acast|podcast addict|castro|rss(?:[- ]feed)?", re.IGNORECASE)
# Apps that are only podcast players: a line of the name alone is a link, never a story's heading
# (a streaming service's name may head a section of a review: "Spotify", "Amazon Music").
_PODCAST_APPS = re.compile(r"(?:apple|google) podcasts?|pocket ?casts|podcast addict|castbox|podimo|ivoox",
                           re.IGNORECASE)
# A call to the reader to listen, subscribe or follow (en de fr es pt it nl): not 'available'.
_CALL = re.compile(
    r"\b(?:listen|subscribe|follow|hören sie|jetzt hören|hier hören|anhören|abonnieren|abonniert|folgen sie|"
    r"écoutez|abonnez|retrouvez|escucha|escúchalo|suscríbete|síguenos|ouça|assine|ascolta|iscriviti|"
    r"luister|abonneer|beluister)\b", re.IGNORECASE)
_PODCAST = re.compile(r"\b(?:podcasts?|pódcasts?|episode|episodes|folge|épisode|episodio|episódio|"
                      r"aflevering)\b", re.IGNORECASE)
# What is left of a line of platforms: separators, "and"/"or" and a short label.
_GLUE = re.compile(r"[|,·•/:;–—\-]|\b(?:and|or|und|oder|et|ou|y|o|e|en|of|on|auf|sur|en|na|su|op)\b",
                   re.IGNORECASE)
_STEMS = ("odcast", "ódcast", "Spotify", "Deezer", "Casts", "casts", "Audiothek")
_MAX_WORDS = 30
_MAX_PROMPT_WORDS = 6
_MAX_LEFT_WORDS = 3


def is_podcast_links(line: str, words: list[str]) -> bool:
    """A podcast's platforms, a podcast app's name alone, or the prompt to listen (see above)."""
    if len(words) > _MAX_WORDS or not any(map(line.__contains__, _STEMS)):
        return False
    platforms = _PLATFORMS.findall(line)
    if len(platforms) >= 2:
        if _CALL.search(line) is not None:
            return True
        left = _GLUE.sub(" ", _PLATFORMS.sub(" ", line)).split()
        return len(left) <= _MAX_LEFT_WORDS
    stripped = line.strip(" .:|·")
    if _PODCAST_APPS.fullmatch(stripped) is not None:
        return True
    if len(words) > _MAX_PROMPT_WORDS or _PODCAST.search(line) is None:
        return False
    return _CALL.match(stripped) is not None or _VERB_LAST.search(stripped) is not None


# German sets the verb last: "Den Podcast abonnieren", "Podcast hier hören".
_VERB_LAST = re.compile(r"\b(?:podcast|folge)\b.*\b(?:hören|anhören|abonnieren|folgen)$", re.IGNORECASE)
