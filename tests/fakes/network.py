"""A network watcher the test sets by hand: offline, online, unknown, whenever the test says so."""

from __future__ import annotations

from pixrma_desktop.ui.network_status import Connectivity, NetworkStatus


class ManualNetworkStatus(NetworkStatus):
    def set_state(self, state: Connectivity) -> None:
        self._set(state)
