from __future__ import annotations

from collections.abc import Iterator

import pytest

from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.rt import RtBackend
from tests.integration.rt.desk import SupportDesk
from tests.integration.rt.server import MISSING_REASON, RtInstance, rt_installed, start_rt
from tests.needs import needs


@pytest.fixture(scope="session")
def rt_server() -> Iterator[RtInstance]:
    needs(rt_installed(), MISSING_REASON)
    instance = start_rt()
    try:
        yield instance
    finally:
        instance.stop()


@pytest.fixture
def rt_settings(rt_server: RtInstance) -> SupportSettings:
    return SupportSettings(rt_url=rt_server.url)


@pytest.fixture
def rt_backend(rt_server: RtInstance, rt_settings: SupportSettings) -> RtBackend:
    return RtBackend(rt_settings, Credential(token=rt_server.app_token))


@pytest.fixture
def support_desk(rt_server: RtInstance) -> SupportDesk:
    return SupportDesk(rt_server)
