"""The sources page: crawl health and output per source over the last weeks."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from fastapi import APIRouter, Request
from fastapi.responses import Response

from newsflow.analyst import charts
from newsflow.web.app import WB
from newsflow.web.auth import User
from newsflow.web.queries import sources

router = APIRouter()
DAYS = 30


@router.get("/sources")
def sources_page(request: Request, _user: User,
                 wb: WB) -> Response:
    rows = sources.per_day(wb.reads, DAYS)
    days = [date.today() - timedelta(days=DAYS - 1 - i) for i in range(DAYS)]
    index = {d: i for i, d in enumerate(days)}
    articles: dict[str, list[int]] = defaultdict(lambda: [0] * DAYS)
    scored, relevant = [0] * DAYS, [0] * DAYS
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        i = index.get(row["day"])
        if i is not None:
            articles[row["source"]][i] += row["articles"]
            scored[i] += row["scored"]
            relevant[i] += row["relevant"]
        total = totals[row["source"]]
        total[0] += row["articles"]
        total[1] += row["scored"]
        total[2] += row["relevant"]
    shares = [r / s if s else None for r, s in zip(relevant, scored, strict=True)]
    per_source = dict(sorted(articles.items(), key=lambda kv: -sum(kv[1]))[:10])
    return wb.render(
        request, "sources.html", days=DAYS, overview=sources.overview(wb.reads, DAYS),
        failures=sources.failures_by_kind(wb.reads, DAYS), totals=totals,
        articles_chart=charts.stacked_bars(f"New articles per source per day, last {DAYS} days", days,
                                           per_source, height=280) if per_source else None,
        share_chart=charts.share_line(f"Share the model finds relevant, last {DAYS} days", days, shares,
                                      height=200) if any(s is not None for s in shares) else None)
