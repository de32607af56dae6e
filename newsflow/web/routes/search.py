"""The search page and its CSV/Parquet download."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from newsflow.analyst import charts
from newsflow.analyst.export import write_rows
from newsflow.web.app import WB
from newsflow.web.auth import User
from newsflow.web.queries import figures, search, search_pages, search_plan, search_query

router = APIRouter()
DEFAULT_DAYS = 30
_MEDIA = {"csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet"}


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise HTTPException(status_code=400, detail=f"not a date (YYYY-MM-DD): {value!r}") from None


def parse(request: Request) -> search_query.SearchQuery:
    """The filters from the query string. Without a ``since`` parameter the last 30 days are shown;
    an empty one means no lower bound."""
    args = request.query_params
    since = args.get("since")
    if since is None:
        since = (date.today() - timedelta(days=DEFAULT_DAYS - 1)).isoformat()
    order = args.get("order", "newest")
    labelled = args.get("labelled", "")
    return search_query.SearchQuery(
        q=args.get("q", "")[:500], source=args.get("source", ""), since=_day(since),
        until=_day(args.get("until")), language=args.get("language", ""),
        relevant=args.get("relevant") == "1", labelled=labelled if labelled in ("yes", "no") else "",
        topic=args.get("topic", ""), order=order if order in ("newest", "best") else "newest",
        after=args.get("after", ""))


def _link(query: search_query.SearchQuery, **change: str) -> str:
    values = {"q": query.q, "source": query.source, "since": query.since.isoformat() if query.since else "",
              "until": query.until.isoformat() if query.until else "", "language": query.language,
              "relevant": "1" if query.relevant else "", "labelled": query.labelled, "topic": query.topic,
              "order": query.order, **change}
    return urlencode({k: v for k, v in values.items() if v or k == "since"})


@router.get("/")
def home(_user: User) -> Response:
    return RedirectResponse("/search", status_code=303)


@router.get("/search")
def search_page(request: Request, _user: User,
                wb: WB) -> Response:
    query = parse(request)
    plan = search_plan.plan(wb.reads, query)
    hits, after = search_pages.page(wb.reads, plan)
    summary = figures.summary(wb.reads, plan)
    chart = None
    if summary.days:
        chart = charts.stacked_bars(
            "Articles per day: relevant and other", summary.days,
            {"relevant": summary.relevant_per_day,
             "other": [n - r for n, r in zip(summary.per_day, summary.relevant_per_day, strict=True)]},
            height=240)
    return wb.render(request, "search.html", query=query, hits=hits, summary=summary, chart=chart,
                     candidates=search_pages.BEST_CANDIDATES if query.ranked and plan.text and (
                         plan.hits is None or len(plan.hits) > search_pages.BEST_CANDIDATES) else None,
                     choices=search.filter_choices(wb.reads),
                     next_link=f"/search?{_link(query, after=after)}" if after else None,
                     first_link=f"/search?{_link(query)}" if query.after else None,
                     export_csv=f"/search/export?{_link(query, fmt='csv')}",
                     export_parquet=f"/search/export?{_link(query, fmt='parquet')}")


@router.get("/search/export")
def export(request: Request, _user: User, wb: WB, fmt: str = "csv") -> Response:
    if fmt not in _MEDIA:
        raise HTTPException(status_code=400, detail="fmt is csv or parquet")
    statement, params = search.export_statement(parse(request))
    spool = tempfile.SpooledTemporaryFile(max_size=8 << 20)  # noqa: SIM115 (streamed, then closed)
    with wb.reads.cursor(dict_rows=False) as cur:
        cur.execute(statement, params)
        count = write_rows(cur, spool, fmt)
    spool.seek(0)

    def chunks() -> Iterator[bytes]:
        try:
            while block := spool.read(1 << 16):
                yield block
        finally:
            spool.close()

    name = f"newsflow-search-{date.today():%Y-%m-%d}.{fmt}"
    return StreamingResponse(chunks(), media_type=_MEDIA[fmt], headers={
        "Content-Disposition": f'attachment; filename="{name}"', "X-Article-Count": str(count)})
