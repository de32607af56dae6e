"""Embedded social posts taken out of the page before extraction.

A post embedded in an article (a tweet, an Instagram or Threads post, a TikTok, a Bluesky post, a
Facebook post) is written into the page as the platform's fallback markup: a ``<blockquote>`` (or a
``<div>``) of the platform's own fixed class holding the post's text, its author and its date, which
the platform's script replaces by a card. Without the script, extraction reads that text as part of
the article; gold bodies leave it out. The line rules of ``core.junk.embeds`` catch what such a post
leaves behind by its form (a signature, a link, a label), but not a post's own sentences; here the
element goes whole, by the class names the platforms' embed codes write (no other page element uses
them). Its tail (the article's text after it) stays.
"""

from __future__ import annotations

from lxml.etree import XPath

# The embed codes' class names, each a platform's: X/Twitter, Instagram, Threads, TikTok, Bluesky,
# Facebook, Reddit, Tumblr, Imgur.
_EMBED_CLASSES = ("twitter-tweet", "twitter-video", "instagram-media", "text-post-media", "tiktok-embed",
                  "bluesky-embed", "fb-post", "fb-video", "reddit-embed-bq", "reddit-card", "tumblr-post",
                  "imgur-embed-pub")
_EMBEDS = XPath(
    "//*[self::blockquote or self::div][" + " or ".join(
        f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in _EMBED_CLASSES)
    + "]")


def drop_embedded_posts(tree) -> int:
    """Remove the embedded posts' elements from ``tree`` (an lxml.html tree), keeping each one's tail
    text; the number removed."""
    posts = _EMBEDS(tree)
    for post in posts:
        post.drop_tree()
    return len(posts)
