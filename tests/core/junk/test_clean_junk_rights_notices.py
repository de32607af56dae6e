"""The rights notice that closes a story, too long for the credit rules ("Copyright X. All rights reserved.
This material, and other digital content on this website, may not be reproduced, published, broadcast,
rewritten or redistributed in whole or in part without prior express written permission from X.", as
Nigerian dailies and the wires print it): core.junk.offers reads it as the outlet's notice, the material
named, what may not be done with it listed, and the notice's own words. A story's sentence reporting a
court's order on what may not be published stays."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = ["The president on Monday signed the new minimum wage bill into law, raising the lowest monthly pay "
          "for workers after weeks of negotiations.",
          "Economists have warned that the increase could add to inflationary pressure, which stood at 33.69 "
          "per cent in April."]


@pytest.mark.parametrize("line", [
    "Copyright Lagos Sentinel. All rights reserved. This material, and other digital content on this "
    "website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part "
    "without prior express written permission from Lagos Sentinel.",
    "Copyright 2024 The Wire Service. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed.",
    "© 2024 Example Media. This content may not be copied, reproduced or distributed without written "
    "permission.",
    "This article may not be reproduced, distributed or transmitted in whole or in part.",
])
def test_the_notice_goes(line: str) -> None:
    assert clean_text("\n".join([*_STORY, line])) == "\n".join(_STORY)
    assert clean_text("\n".join([_STORY[0], line, _STORY[1]])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "The judge ruled that this material may not be published without the consent of the victims.",
    "The court said this material may not be published or broadcast until the trial ends, lawyers said.",
    "Under the new law, this content may not be sold or displayed to minors, the regulator said.",
])
def test_a_story_sentence_stays(line: str) -> None:
    lines = [_STORY[0], line, _STORY[1]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
