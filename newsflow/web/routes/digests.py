"""The digests page: the daily HTML digests ``news_digest`` wrote into ``NEWSFLOW_DIGEST_DIR``."""

from __future__ import annotations

import re
from datetime import date

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, Response

from newsflow.web.app import WB, Workbench
from newsflow.web.auth import User

router = APIRouter()
_FILE = re.compile(r"^digest-(\d{4}-\d{2}-\d{2})\.html$")
# A digest is a self-contained page with its own inline styles, and no scripts.
_DIGEST_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"


def _listing(wb: Workbench) -> list[tuple[date, int]]:
    folder = wb.config.digest_dir
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _FILE.match(path.name)
            if match and path.is_file():
                try:
                    found.append((date.fromisoformat(match.group(1)), path.stat().st_size))
                except ValueError:
                    continue
    return sorted(found, reverse=True)


@router.get("/digests")
def digests_page(request: Request, _user: User,
                 wb: WB) -> Response:
    return wb.render(request, "digests.html", digests=_listing(wb), folder=wb.config.digest_dir)


@router.get("/digests/{day}")
def digest(day: date, _user: User, wb: WB) -> Response:
    # The name is rebuilt from a parsed date: nothing from the URL reaches the path as given.
    path = wb.config.digest_dir / f"digest-{day.isoformat()}.html"
    if not path.is_file():
        raise HTTPException(status_code=404, detail=f"no digest for {day}")
    return FileResponse(path, media_type="text/html; charset=utf-8",
                        headers={"Content-Security-Policy": _DIGEST_CSP})
