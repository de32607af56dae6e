"""Agency copy's closing credits stayed in the body: the reporter's credit beside the editor's ("Reporter: Rio
Feisal", Indonesian "Wartawan: ..."; "Reporter:" alone was left for an interview's questions), the web
desk's editor in brackets ("(Web editor: Tian Yi, Liang Jun)"), and an English "Related news:" teaser
line ("related" alone was known). A reporter's question or answer in an interview, a sentence about the
related news and a bracketed editor's note stay."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = ["Jakarta (ANTARA) - The National Cyber Agency recorded more than 300 million traffic anomalies "
          "this year, its head told a press conference on Wednesday.",
          "The agency has strengthened cooperation with ministries and state enterprises to improve its "
          "response to incidents."]
_CERITA = ["Jakarta (ANTARA) - Badan Siber dan Sandi Negara mengajak masyarakat meningkatkan kewaspadaan "
           "terhadap modus penipuan daring menjelang akhir tahun.",
           "Menurut dia, masyarakat sebaiknya tidak mengunduh aplikasi dari sumber yang tidak resmi."]


@pytest.mark.parametrize("story,line", [
    (_STORY, "Reporter: Rio Feisal"),
    (_STORY, "Reporters: Ana Lee, Budi Santoso"),
    (_STORY, "(Web editor: Tian Yi, Liang Jun)"),
    (_STORY, "(Editor: Zhang Long)"),
    (_STORY, "Related news: Agency urges ministries to secure their data"),
    (_STORY, "Related stories: Rates fall again"),
    (_CERITA, "Wartawan: Fathur Rochman"),
    (_CERITA, "Kontributor: Budi Santoso dan Rina Wulandari"),
])
def test_the_credit_goes(story: list[str], line: str) -> None:
    assert clean_text("\n".join([*story, line])) == "\n".join(story)
    assert clean_text("\n".join([story[0], line, story[1]])) == "\n".join(story)


@pytest.mark.parametrize("line", [
    "Reporter: So what happens next for the agency?",
    "Reporter: Thank you.",
    "Reporter: Mr. Putin, the sanctions are hurting.",
    "Related news reports said the ministry had been warned twice before the breach.",
    "(Editor's note: this story has been updated with the agency's response.)",
])
def test_a_line_stays(line: str) -> None:
    lines = [_STORY[0], line, _STORY[1]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
