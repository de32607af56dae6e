"""An endless page that loads the next story under this one (``<article>`` with its own ``<h1>`` and a body
block of the same class): the article's chunks (cleaner.body.body_documents.article_chunks) took the next
story's body for the rest of this one, and the text read both stories. A chunk in another ``<article>``
with a headline of its own is another story; a body cut into chunks between ads, in one article or in
blocks that head nothing, is still read whole."""

from __future__ import annotations

import pytest
from helpers import news_page

from cleaner.extract import extract

STORIES = {
    "en": (["The southwest monsoon set in over Kerala on Thursday, three days ahead of its normal onset "
            "date, the weather office said in its morning bulletin.",
            "Officials said widespread rainfall had been recorded at fourteen stations in Kerala and coastal "
            "Karnataka over the past 48 hours.",
            "The department has forecast above-normal rainfall for the season at 106 per cent of the long "
            "period average, with a model error of four per cent.",
            "Farmers who had delayed sowing of cotton and soybean after a dry May welcomed the announcement "
            "but said the distribution of rain would matter more."],
           ["The president on Monday signed the new minimum wage bill into law, raising the lowest monthly "
            "pay for workers after weeks of negotiations with labour.",
            "The signing took place at the presidential villa in the presence of the leadership of the "
            "national assembly and representatives of the unions.",
            "Labour leaders had initially demanded a far higher figure, citing the sharp rise in the cost "
            "of food and transport since last year.",
            "Several state governors had warned that they could not afford the new wage without federal "
            "support, and it remains unclear how many will pay it."]),
    "es": (["El Banco Central redujo este jueves su tasa de interés de referencia en 50 puntos básicos, "
            "hasta el 10,25 %, en su tercer recorte consecutivo.",
            "La decisión fue adoptada por unanimidad por la junta directiva, que destacó que la inflación "
            "anual bajó al 5,8 % en abril, su nivel más bajo en casi tres años.",
            "Los analistas esperaban el recorte, aunque algunos habían anticipado una reducción más "
            "agresiva debido a la debilidad de la actividad económica.",
            "El organismo advirtió que la volatilidad del tipo de cambio y el precio de los alimentos "
            "podrían frenar el ritmo de la desinflación en los próximos meses."],
           ["El gobierno presentó este martes un proyecto de reforma tributaria que busca recaudar el "
            "equivalente a dos puntos del producto interno bruto en cuatro años.",
            "La propuesta incluye un nuevo impuesto a los patrimonios más altos y la eliminación de varias "
            "exenciones que benefician a grandes empresas del sector minero.",
            "Los gremios empresariales criticaron el proyecto y advirtieron que podría frenar la inversión "
            "en un momento de bajo crecimiento de la economía.",
            "El ministro de Hacienda dijo que el texto será debatido en el Congreso durante el segundo "
            "semestre y que está abierto a introducir cambios."]),
    "ru": (["Строительство второй линии метрополитена планируется завершить к концу 2027 года, сообщил во "
            "вторник мэр города на заседании городской думы.",
            "По его словам, первый участок линии протяженностью 6,8 километра с четырьмя станциями свяжет "
            "жилые районы на юго-востоке города с центром.",
            "Стоимость первого этапа оценивается в 45 миллиардов рублей, значительная часть средств будет "
            "выделена из федерального бюджета.",
            "Проходка тоннелей начнется летом этого года, для работ будут использованы два "
            "тоннелепроходческих комплекса, которые уже доставлены на площадку."],
           ["В Татарстане открыли новый мост через Каму длиной почти два километра, который сократит путь "
            "между двумя крупнейшими городами республики.",
            "Строительство моста продолжалось три года и обошлось бюджету в 25 миллиардов рублей, сообщили "
            "в министерстве транспорта республики.",
            "По новому мосту в сутки смогут проезжать до 30 тысяч автомобилей, в том числе большегрузные "
            "машины, которым раньше приходилось делать крюк.",
            "Жители прибрежных сел говорят, что ждали открытия переправы больше десяти лет и теперь "
            "смогут добираться до города за полчаса."]),
}


def _longer(paragraphs: list[str]) -> list[str]:
    """The story at a news story's length: its paragraphs, then each again with its place said."""
    return [*paragraphs, *(f"{n}. {line}" for n, line in enumerate(paragraphs, 1))]


def _story(headline: str, paragraphs: list[str], body_class: str = "article-body") -> str:
    return (f'<article class="story"><h1>{headline}</h1><div class="{body_class}">'
            + "".join(f"<p>{line}</p>" for line in paragraphs)
            + '</div><div class="tags"><a href="/t/1">Economy</a></div></article>')


@pytest.mark.parametrize("language", sorted(STORIES))
def test_the_next_story_stays_out(language: str) -> None:
    this, other = map(_longer, STORIES[language])
    page = news_page("<main>" + _story("This story", this) + '<div class="next-label">Next</div>'
                     + _story("The next story", other) + "</main>", "This story")
    assert extract(page).text.split("\n") == this


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_body_in_chunks_is_read_whole(language: str) -> None:
    this = _longer(STORIES[language][0])
    chunks = (f'<div class="chunk">{"".join(f"<p>{line}</p>" for line in this[:1])}</div>'
              '<div class="ad"><iframe src="https://ads.example/1"></iframe></div>'
              '<figure><img src="/a.jpg"></figure>'
              f'<div class="chunk">{"".join(f"<p>{line}</p>" for line in this[1:])}</div>')
    page = news_page(f'<main><article class="story"><h1>This story</h1>{chunks}</article></main>',
                     "This story")
    assert extract(page).text.split("\n") == this
