"""The search page's figures for the whole result set: articles and relevant ones per day and per
source, and the model's top terms.

Exact where the result is known exactly: filters alone are read from the rollup (migration 0021),
a text query with few matches from every match. A broad text query's figures are its sample's,
scaled up by the sample's share of the filtered articles (``search_plan.plan``: the articles of some of
the 1024 buckets of ``article_id``, a fixed pseudo-random share of every day and source):
``Summary.estimated``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from psycopg2 import sql

from newsflow.web.queries.search_query import TOP_TERMS_SAMPLE, Plan, Summary, fact_filters

_TERMS = ("SELECT term, count(*) AS n FROM classifications c, unnest(c.top_terms) AS term"
          " WHERE c.article_id = ANY (%(ids)s::bigint[])"
          " AND c.model_id = (SELECT id FROM models WHERE active) GROUP BY term")


def summary(db, plan: Plan, chart_days: int = 60) -> Summary:
    out = Summary(filtered=plan.filtered)
    scale = 1.0
    if not plan.text:
        # The rollup's rows are per day (source NULL) or per source (day NULL): each counted once.
        counted = [(r["day"], r["source"], int(r["n"]), int(r["relevant"] or 0)) for r in plan.rolled]
        terms = db.all(sql.SQL(  # each article's terms by index (a join hashed every classification)
            "SELECT term, count(*) AS n FROM (SELECT f.article_id FROM search_facts f WHERE {}"
            " ORDER BY f.seen DESC, f.article_id DESC LIMIT %(sample)s) h"
            " CROSS JOIN LATERAL (SELECT c.top_terms FROM classifications c WHERE c.article_id = h.article_id"
            "   AND c.model_id = (SELECT id FROM models WHERE active) OFFSET 0) c,"
            " unnest(c.top_terms) AS term GROUP BY term").format(fact_filters(plan.query)),
            {**plan.params, "sample": TOP_TERMS_SAMPLE})
    else:
        rows = plan.hits if plan.hits is not None else plan.sample
        if plan.hits is None:
            # The sample's matches scaled by its share of the filtered articles (counted exactly).
            scale, out.estimated, out.examined = plan.filtered / max(1, plan.examined), True, plan.examined
        counted = [(r["day"], r["source"], 1, int(bool(r["relevant"]))) for r in rows]
        newest = sorted(rows, key=lambda r: (r["seen"], r["article_id"]), reverse=True)[:TOP_TERMS_SAMPLE]
        if newest and "top_terms" in newest[0]:  # the sample's matches came with their terms
            counts = Counter(t for r in newest for t in (r["top_terms"] or []))
            terms = [{"term": t, "n": n} for t, n in counts.items()]
        else:
            terms = db.all(_TERMS, {"ids": [r["article_id"] for r in newest]}) if newest else []
    by_day: Counter[date] = Counter()
    relevant_by_day: Counter[date] = Counter()
    by_source: Counter[str] = Counter()
    relevant_by_source: Counter[str] = Counter()
    for day, source, n, relevant in counted:
        if day is not None:
            by_day[day] += n
            relevant_by_day[day] += relevant
        if source is not None:
            by_source[source] += n
            relevant_by_source[source] += relevant

    def scaled(n: int) -> int:
        return round(n * scale)

    out.total, out.relevant = scaled(sum(by_day.values())), scaled(sum(relevant_by_day.values()))
    if by_day:
        last = max(by_day)
        first = max(min(by_day), last - timedelta(days=chart_days - 1))
        out.days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        out.per_day = [scaled(by_day[d]) for d in out.days]
        out.relevant_per_day = [scaled(relevant_by_day[d]) for d in out.days]
    out.per_source = [(name, scaled(n), scaled(relevant_by_source[name]))
                      for name, n in by_source.most_common()]
    out.top_terms = sorted(((r["term"], int(r["n"])) for r in terms), key=lambda kv: (-kv[1], kv[0]))[:20]
    return out
