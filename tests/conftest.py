"""Suite-wide setup: no network, ever, and the ``--update-golden`` option."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any, NoReturn

import pytest


class NetworkAccessError(RuntimeError):
    """Raised when a test (or the library under test) tries to open a socket."""


def _no_network(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise NetworkAccessError(
        "linkedin_export must never use the network, and neither may its tests"
    )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the expected.json files of the golden fixtures from the current output",
    )


@pytest.fixture(scope="session", autouse=True)
def _disable_sockets() -> Iterator[None]:
    """Every socket constructor raises for the whole session (DESIGN.md: no network, ever)."""
    saved = (socket.socket, socket.create_connection, socket.getaddrinfo)
    socket.socket = _no_network  # type: ignore[assignment,misc]
    socket.create_connection = _no_network
    socket.getaddrinfo = _no_network
    try:
        yield
    finally:
        socket.socket, socket.create_connection, socket.getaddrinfo = saved  # type: ignore[misc]


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether ``--update-golden`` was given."""
    return bool(request.config.getoption("--update-golden"))
