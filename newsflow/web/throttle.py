"""Login throttling: a few failed logins per name and address, a few more per address, per window.

Kept in the server's memory (one workbench process): enough to make password guessing slow on a
server that listens on loopback or a trusted network. A throttled attempt is refused before the
password is checked, so it neither costs a hash nor tells whether the password was right.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class LoginThrottle:
    """Failed attempts in the last ``window`` seconds: at most ``per_name`` for one (name, address)
    and ``per_address`` for one address whatever the name (spraying many names)."""

    def __init__(self, per_name: int = 5, per_address: int = 20, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_name, self.per_address, self.window = per_name, per_address, window
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[tuple[str, ...], deque[float]] = {}

    def _recent(self, key: tuple[str, ...], now: float) -> deque[float]:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[key]
        return times

    def retry_after(self, name: str, address: str) -> int:
        """Seconds until ``name`` may try again from ``address``; 0 when it may now."""
        now = self._clock()
        with self._lock:
            waits = [times[0] + self.window - now
                     for key, limit in ((("name", name.lower(), address), self.per_name),
                                        (("address", address), self.per_address))
                     if len(times := self._recent(key, now)) >= limit]
        return max(1, int(max(waits)) + 1) if waits else 0

    def failed(self, name: str, address: str) -> None:
        now = self._clock()
        with self._lock:
            for key in (("name", name.lower(), address), ("address", address)):
                self._failures.setdefault(key, deque()).append(now)
            if len(self._failures) > 10_000:  # forget idle keys so the memory stays bounded
                for key in list(self._failures):
                    self._recent(key, now)

    def succeeded(self, name: str, address: str) -> None:
        """A right password clears that name's failures from that address (not the address's)."""
        with self._lock:
            self._failures.pop(("name", name.lower(), address), None)
