from core.urls import canonicalize, domain_of


def test_tracking_fragment_and_www_are_dropped() -> None:
    a = canonicalize("https://www.Example.com/News/a.html?utm_source=rss&id=7&fbclid=x#comments")
    b = canonicalize("https://example.com/News/a.html?id=7")
    assert a == b == "https://example.com/News/a.html?id=7"


def test_content_parameters_kept_and_sorted() -> None:
    assert canonicalize("http://example.com:80/a?b=2&a=1") == "http://example.com/a?a=1&b=2"
    assert canonicalize("https://example.com:8443/a") == "https://example.com:8443/a"


def test_domain_of() -> None:
    assert domain_of("https://www.TASS.com/world/1") == "tass.com"
