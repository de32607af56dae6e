"""The reprint disclaimer that closes Chinese portals' articles ("声明：本文转载自其他媒体，仅供参考。",
"（声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。）", in traditional letters too) stayed as the
body's last line; core.junk.credits reads it by its label and what such a notice says (reprinted, for
reference only, rights, views the author's own, storage service). A statement a story quotes after
"声明：" stays."""

from __future__ import annotations

import pytest

from core.text import clean_text

_STORY = ["记者从广州地铁集团获悉，地铁18号线北延段工程目前已进入设备安装和系统调试阶段，"
          "预计将于今年年底前开通运营。",
          "18号线北延段全长约21公里，共设6座车站，建成后将连接广州东站和白云机场方向。"]


@pytest.mark.parametrize("line", [
    "声明：本文转载自其他媒体，仅供参考。",
    "（声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。）",
    "聲明：本文轉載自其他媒體，僅供參考。",
    "【免责声明】：本文内容不代表本网立场，仅供参考。",
])
def test_the_disclaimer_goes(line: str) -> None:
    assert clean_text("\n".join([*_STORY, line])) == "\n".join(_STORY)


@pytest.mark.parametrize("line", [
    "外交部发表声明：中方坚决反对有关国家的做法，并已提出严正交涉。",
    "声明：公司将于下周召开股东大会，审议年度报告。",
    "公司发布声明称，相关产品已全部召回。",
])
def test_a_quoted_statement_stays(line: str) -> None:
    lines = [_STORY[0], line, _STORY[1]]
    assert clean_text("\n".join(lines)) == "\n".join(lines)
