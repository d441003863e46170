"""No network, proven (DESIGN.md): the suite's socket guard works, and whole archives load,
classify every email and normalise every phone number with ``socket`` unable to do anything.

Addresses used below are in TEST-NET-1 (192.0.2.0/24, RFC 5737): never routed. Nothing is sent
anyway: the guard refuses before the operating system is asked.
"""

from __future__ import annotations

import contextlib
import io
import socket
import subprocess
import sys
from typing import Any, NoReturn

import pytest

import linkedin_export as lx
from conftest import ATTEMPTS, NetworkAccessError, check_no_attempts
from test_era_archives import ERAS, _zip

NOWHERE = ("192.0.2.1", 9)


def test_creating_a_network_socket_fails() -> None:
    with pytest.raises(NetworkAccessError, match="must never use the network"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkAccessError):
        socket.socket()  # AF_INET by default
    assert len(ATTEMPTS) == 2
    ATTEMPTS.clear()


@pytest.mark.parametrize(
    ("call", "args"),
    [
        (socket.create_connection, (NOWHERE,)),
        (socket.getaddrinfo, ("example.com", 443)),
        (socket.gethostbyname, ("example.com",)),
    ],
    ids=["create_connection", "getaddrinfo", "gethostbyname"],
)
def test_connecting_and_resolving_fail(call: Any, args: tuple[Any, ...]) -> None:
    # Looked up at call time: the guard replaced these module attributes for the session.
    with pytest.raises(NetworkAccessError):
        getattr(socket, call.__name__)(*args)
    assert len(ATTEMPTS) == 1
    ATTEMPTS.clear()


def test_a_class_reference_taken_earlier_cannot_connect_or_send() -> None:
    """Libraries that kept ``socket.socket`` from before the session (dnspython does) get
    a socket, but it cannot reach anything."""
    original: type[socket.socket] = socket.socket.__mro__[1]
    with original(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        with pytest.raises(NetworkAccessError):
            sock.sendto(b"ping", NOWHERE)
        with pytest.raises(NetworkAccessError):
            sock.connect(NOWHERE)
        with pytest.raises(NetworkAccessError):
            sock.connect_ex(NOWHERE)
    assert len(ATTEMPTS) == 3
    ATTEMPTS.clear()


def test_a_caught_attempt_still_fails_the_test() -> None:
    with contextlib.suppress(Exception):  # what a careless library might do
        socket.create_connection(NOWHERE)
    with pytest.raises(pytest.fail.Exception, match=r"the network was used: socket\."):
        check_no_attempts()
    assert ATTEMPTS == []  # the check empties the record


def test_local_sockets_are_not_network() -> None:
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"local")
        assert right.recv(5) == b"local"


def test_child_processes_are_not_affected() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import socket; print(socket.socket.__name__)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "socket"


def _raise(*_args: object, **_kwargs: object) -> NoReturn:
    raise AssertionError("linkedin_export opened a socket")


@pytest.fixture
def socket_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    """``socket.socket`` and friends raise ``AssertionError`` (not the suite's error), so that a
    load cannot pass by catching the guard's own exception type."""
    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, _raise)


@pytest.mark.usefixtures("socket_raises")
def test_the_sample_export_loads_without_a_socket() -> None:
    export = lx.load(lx.sample_export_path())
    assert export.connections
    assert all(c.email is None or c.email.kind for c in export.connections)
    assert export.messages
    assert sum(1 for _ in export.iter_messages()) == len(export.messages)
    assert export.report().files
    assert ATTEMPTS == []


@pytest.mark.usefixtures("socket_raises")
@pytest.mark.parametrize("year", sorted(ERAS))
def test_an_era_archive_loads_without_a_socket(year: int) -> None:
    era = ERAS[year]
    source = io.BytesIO(_zip(era))
    source.name = era.zip_name
    export = lx.load(source)
    assert len(export.files) == len(era.members)
    assert export.messages
    assert ATTEMPTS == []


@pytest.mark.usefixtures("socket_raises")
def test_email_and_phone_checks_use_no_socket() -> None:
    kinds = {
        lx.classify_email(address).kind
        for address in (
            "mara.quill@fernwood-labs.io",
            "tomas.reyne@gmail.com",
            "press@bramblewick.co.uk",
            "someone@mailinator.com",
            "not-an-address",
            "ana@xn--bcher-kva.example",
        )
    }
    assert len(kinds) >= 4
    assert lx.normalize_phone("+44 20 7946 0018").e164 == "+442079460018"
    assert lx.normalize_phone("202-555-0143", region="US").e164 == "+12025550143"
    assert ATTEMPTS == []
