"""A fake DNS answer for one test host name, installed in a crawl's child process.

Put this directory on ``PYTHONPATH`` and set ``NEWSFLOW_TEST_FAKE_DNS=name=answer,answer,...``:
successive lookups of ``name`` (``getaddrinfo`` and ``gethostbyname`` alike, counted together)
get the answers in turn, the last one repeating; ``fail`` is a failed lookup. Answers must be
loopback addresses: nothing here may point a test beyond this machine. Other names resolve as usual.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading

_spec = os.environ.get("NEWSFLOW_TEST_FAKE_DNS", "")
if _spec:
    _name, _, _answers = _spec.partition("=")
    _queue = _answers.split(",")
    if not all(a == "fail" or ipaddress.ip_address(a).is_loopback for a in _queue):
        raise SystemExit(f"NEWSFLOW_TEST_FAKE_DNS: loopback answers only, got {_answers!r}")
    _lock = threading.Lock()
    _real_getaddrinfo, _real_gethostbyname = socket.getaddrinfo, socket.gethostbyname

    def _next() -> str:
        with _lock:
            answer = _queue.pop(0) if len(_queue) > 1 else _queue[0]
        if answer == "fail":
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution (fake)")
        return answer

    def _getaddrinfo(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        if host == _name:
            return _real_getaddrinfo(_next(), port, *args, **kwargs)
        return _real_getaddrinfo(host, port, *args, **kwargs)

    def _gethostbyname(host):  # type: ignore[no-untyped-def]
        return _next() if host == _name else _real_gethostbyname(host)

    socket.getaddrinfo = _getaddrinfo
    socket.gethostbyname = _gethostbyname
