"""Starting and stopping the real Request Tracker 5 test server (see provision.sh), shared by the tests, the
stress script and the benchmark."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROVISION = HERE / "provision.sh"
RT_SERVER = Path("/usr/share/request-tracker5/libexec/rt-server")
STARLET = Path("/usr/share/perl5/Plack/Handler/Starlet.pm")


def rt_installed() -> bool:
    return RT_SERVER.exists() and STARLET.exists() and shutil.which("start-stop-daemon") is not None


MISSING_REASON = (
    "Request Tracker 5 is not installed (Debian: apt-get install --no-install-recommends request-tracker5 "
    "rt5-db-sqlite rt5-standalone w3m, after .ci/pre-apt.d/rt.sh)"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RtInstance:
    folder: Path
    url: str
    app_token: str = field(repr=False)
    support_user: str
    support_password: str = field(repr=False)
    no_rights_user: str
    no_rights_password: str = field(repr=False)
    customer_user: str
    """An unprivileged (self-service) customer: rights from the Everyone group and the Requestor role only."""
    customer_token: str = field(repr=False)
    other_customer_user: str
    """A second customer, who must see none of the first one's tickets."""
    other_customer_token: str = field(repr=False)

    def stop(self) -> None:
        subprocess.run([str(PROVISION), "stop", str(self.folder)], check=False, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_rt(*, bcrypt_cost: int = 4, single_value_fields: tuple[str, ...] = ()) -> RtInstance:
    """Provision a fresh instance (in RAM when /dev/shm exists: SQLite's fsyncs are slow on busy disks).

    ``bcrypt_cost`` 4 makes each request's token check cheap for the tests; RT's own default is 12.
    ``single_value_fields``: ticket fields created to hold one value each (a server set up that way)."""
    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    folder = Path(tempfile.mkdtemp(prefix="pixrma-rt-", dir=base))
    os.chmod(folder, 0o755)
    port = free_port()
    proc = subprocess.run(
        [str(PROVISION), "start", str(folder), str(port)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={
            **os.environ,
            "RT_BCRYPT_COST": str(bcrypt_cost),
            "PIXRMA_RT_SINGLE_VALUE_FIELDS": ",".join(single_value_fields),
        },
    )
    if proc.returncode != 0:
        subprocess.run([str(PROVISION), "stop", str(folder)], check=False, timeout=60)
        raise RuntimeError(f"provisioning Request Tracker failed:\n{proc.stdout}\n{proc.stderr}")
    values = dict(line.split("=", 1) for line in (folder / "instance.env").read_text().splitlines() if "=" in line)
    return RtInstance(
        folder=folder,
        url=values["url"],
        app_token=values["app_token"],
        support_user=values["support_user"],
        support_password=values["support_password"],
        no_rights_user=values["no_rights_user"],
        no_rights_password=values["no_rights_password"],
        customer_user=values["customer_user"],
        customer_token=values["customer_token"],
        other_customer_user=values["other_customer_user"],
        other_customer_token=values["other_customer_token"],
    )
