"""Two closers of Indonesian portals' stories stayed as the body's last lines: the desk editors' initials in
brackets ("(rdw/rdw)", "(isa/isa)": core.junk.credits.INITIALS_SIGN knew them between slashes only), and the
invitation to the outlet's WhatsApp channel that gives the channel's address ("Simak breaking news ...
WhatsApp Channel : https://www.whatsapp.com/channel/..."), read now by the address of a WhatsApp or Telegram
channel (core.junk.prompts). Capitals in brackets (an agency's credit is another rule's), one set of
initials alone and a sentence holding initials stay."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = ["Kementerian Perhubungan resmi menaikkan tarif kereta rel listrik mulai 1 Juli mendatang, dari "
          "Rp3.000 menjadi Rp5.000 untuk 25 kilometer pertama.",
          "Pemerintah juga berencana menambah 16 rangkaian kereta baru pada akhir tahun untuk mengurangi "
          "kepadatan di lintas Bogor dan Bekasi."]


@pytest.mark.parametrize("line", [
    "(rdw/rdw)", "(isa/isa)", "( ygs / zap )", "(dna/imk/asp)",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita "
    "Warta Nusantara WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D. Pastikan "
    "kamu sudah install aplikasi WhatsApp ya.",
    "Gabung ke kanal kami: https://t.me/wartanusantara",
])
def test_the_closer_goes(line: str) -> None:
    assert clean_text("\n".join([*_STORY, line])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "(AP/AFP)", "(rdw)", "Angka sementara (ab/cd) masih bisa berubah, kata kementerian.",
])
def test_a_line_stays(line: str) -> None:
    lines = [_STORY[0], line, _STORY[1]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
