"""Three bare channels' names or more on lines of their own are a share bar and go
(core.cuts.platform_runs), but not a list the story introduces with a sentence ending in a colon, of
networks its own prose names (an article about an outage of the services themselves). An invitation above
the run ("Follow us on social media:") introduces the outlet's channels, which go."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORIES = {
    "en": ["Meta's services went down for six hours on Monday, leaving billions of users without access to "
           "their messages.",
           "The outage affected the following apps:",
           "Engineers restored Facebook, Instagram and WhatsApp by late evening, the company said in a "
           "statement."],
    "ru": ["В понедельник на шесть часов перестали работать сервисы Meta, и миллионы пользователей остались "
           "без связи.",
           "Сбой затронул следующие приложения:",
           "К вечеру инженеры восстановили работу WhatsApp, Instagram и Facebook, сообщили в компании."],
    "es": ["Los servicios de Meta dejaron de funcionar durante seis horas el lunes en toda América Latina y "
           "Europa.",
           "La caída afectó a estas aplicaciones:",
           "Los ingenieros restablecieron Facebook, Instagram y WhatsApp por la noche, informó la empresa."],
}
_NETWORKS = ["Facebook", "Instagram", "WhatsApp", "Messenger"]


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_story_list_stays(lang: str) -> None:
    first, intro, last = _STORIES[lang]
    text = "\n".join([first, intro, *_NETWORKS, last])
    assert clean_text(text) == text


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_share_bar_goes(lang: str) -> None:
    first, _, last = _STORIES[lang]
    bar = ["Facebook", "Twitter", "WhatsApp"]
    assert clean_text("\n".join([first, *bar, last])) == f"{first}\n{last}"


@pytest.mark.parametrize("invite", ["Follow us on social media:", "Síguenos en nuestras redes sociales:",
                                    "Подписывайтесь на нас в соцсетях:"])
def test_invited_channels_go(invite: str) -> None:
    first, _, last = _STORIES["en"]
    kept = clean_text("\n".join([first, invite, *_NETWORKS, last]))
    assert not any(name in kept.split("\n") for name in _NETWORKS)


def test_list_of_networks_the_prose_does_not_name_goes() -> None:
    first = ("The mayor said on Monday the bridge would reopen on Friday after repairs costing 12 million "
             "euros, ahead of schedule.")
    last = "Traffic had been diverted through the old town for three months, residents said."
    text = "\n".join([first, "Read the council's statement on its pages:", *_NETWORKS, last])
    assert clean_text(text) == "\n".join([first, "Read the council's statement on its pages:", last])
