"""Suite-wide setup: no network, ever, and the ``--update-golden`` option.

Network sockets are blocked for the whole session (DESIGN.md: "No network, ever"): creating an
``AF_INET``/``AF_INET6`` socket, connecting or sending one, and resolving a name all raise
:class:`NetworkAccessError`. Each attempt is also recorded, and a test during which one happened
fails, even when the code under test caught the exception (the engine turns a builder's
exception into a warning, which would otherwise hide it). Local ``AF_UNIX`` sockets stay allowed:
they are not network, and ``multiprocessing`` or ``asyncio`` may use them. Child processes
(``subprocess``) are separate interpreters; they use pipes, not sockets, and are not affected.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any, NoReturn

import pytest


class NetworkAccessError(RuntimeError):
    """Raised when a test (or the library under test) tries to use the network."""


#: Every attempt to use the network, as a short description; emptied by each test's check.
ATTEMPTS: list[str] = []
_LOCAL = (getattr(socket, "AF_UNIX", None),)


def _refuse(what: str) -> NoReturn:
    ATTEMPTS.append(what)
    raise NetworkAccessError(
        f"{what}: linkedin_export must never use the network, and neither may its tests"
    )


class _NoNetworkSocket(socket.socket):
    """``socket.socket`` as the suite sees it: network families cannot be created."""

    def __init__(
        self,
        family: Any = -1,
        type: Any = -1,  # noqa: A002 - socket.socket's own parameter name
        proto: int = -1,
        fileno: int | None = None,
    ) -> None:
        if fileno is None and family not in _LOCAL:
            _refuse(f"socket.socket({family!r}, {type!r})")
        super().__init__(family, type, proto, fileno)


def _guard(method: Any, name: str) -> Any:
    """``socket.socket.<name>`` refused for network sockets, even those created through a
    reference to the class taken before the suite started (``from socket import socket``)."""

    def guarded(self: socket.socket, *args: Any, **kwargs: Any) -> Any:
        if self.family not in _LOCAL:
            _refuse(f"socket.{name}{args!r}")
        return method(self, *args, **kwargs)

    return guarded


def _blocked(name: str) -> Any:
    def blocked(*args: Any, **_kwargs: Any) -> NoReturn:
        _refuse(f"socket.{name}{args!r}")

    return blocked


_FUNCTIONS = ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex")
_METHODS = ("connect", "connect_ex", "sendto", "sendmsg")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the expected.json files of the golden fixtures from the current output",
    )


@pytest.fixture(scope="session", autouse=True)
def _disable_sockets() -> Iterator[None]:
    """No network for the whole session (see the module's docstring)."""
    original = socket.socket
    saved_functions = {name: getattr(socket, name) for name in _FUNCTIONS}
    saved_methods = {name: getattr(original, name) for name in _METHODS}
    socket.socket = _NoNetworkSocket  # type: ignore[misc]
    for name in _FUNCTIONS:
        setattr(socket, name, _blocked(name))
    for name, method in saved_methods.items():
        setattr(original, name, _guard(method, name))
    try:
        yield
    finally:
        socket.socket = original  # type: ignore[misc]
        for name, function in saved_functions.items():
            setattr(socket, name, function)
        for name, method in saved_methods.items():
            setattr(original, name, method)


def check_no_attempts() -> None:
    """Fail the running test if the network was used since the last check (and forget it)."""
    attempts = list(ATTEMPTS)
    ATTEMPTS.clear()
    if attempts:
        pytest.fail(f"the network was used: {'; '.join(attempts)}", pytrace=False)


@pytest.fixture(autouse=True)
def _no_network_attempt() -> Iterator[None]:
    """Fail the test if it tried to use the network, whether or not the error was caught."""
    ATTEMPTS.clear()
    yield
    check_no_attempts()


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether ``--update-golden`` was given."""
    return bool(request.config.getoption("--update-golden"))
