#!/usr/bin/env python3
"""Submitting a request with a 20 MB bundle to a real Request Tracker 5: the app's client against curl.

Baseline: `curl` posting the very same JSON body (prepared as a file beforehand) to the same server in the same
run. Measured: a fresh `python` process that builds the backend and calls ``create()`` (which streams the
base64 JSON from the bundle file and reads the ticket back). Targets: wall time <= 1.2x curl's, peak RSS
<= 3x the bundle size.

    python tests/benchmarks/bench_submit.py          # needs Debian's RT packages (see tests/integration/rt)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BUNDLE_MB = 20
REPEAT = 3


def client(url: str, bundle: str, cameras: str) -> None:
    """The measured child: one submission, the way the outbox sends it (token from the environment)."""
    from pixrma_desktop.settings import SupportSettings
    from pixrma_desktop.support.credentials import Credential
    from pixrma_desktop.support.rt import RtBackend

    backend = RtBackend(SupportSettings(rt_url=url), Credential(token=os.environ["BENCH_RT_TOKEN"]))
    ref = backend.create(_submission(bundle, cameras))
    if ref.unsaved_fields:
        raise SystemExit(f"fields did not stick: {ref.unsaved_fields}")


def _submission(bundle: str, cameras: str):
    import uuid

    from pixrma_desktop.support.backend import Attachment, Submission

    return Submission(
        submission_id=str(uuid.uuid4()),
        subject="RMA request: 3 cameras (PL-D7512)",
        requestor_email="bench@lab.example.org",
        body="Benchmark request.\n" * 50,
        serials=("PX-1", "PX-2", "PX-3"),
        models=("PL-D7512",),
        firmware_versions=("3.2.1",),
        attachments=(
            Attachment(Path(bundle), "support-bundle.zip", "application/zip"),
            Attachment(Path(cameras), "cameras.json", "application/json"),
        ),
    )


def main() -> int:
    import shutil

    from tests.benchmarks.measure import limit_line, measure_process, ratio_line
    from tests.integration.rt.server import MISSING_REASON, rt_installed, start_rt

    if not rt_installed() or not shutil.which("curl"):
        print(f"submit: skipped: {MISSING_REASON} (and curl)")
        return 0
    from pixrma_desktop.support.json_body import FileContent, StreamedJsonBody

    rt = start_rt()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            bundle = Path(tmp) / "support-bundle.zip"
            with open(bundle, "wb") as handle:
                for _ in range(BUNDLE_MB):
                    handle.write(os.urandom(1024 * 1024))
            cameras = Path(tmp) / "cameras.json"
            cameras.write_text('{"cameras": [{"serial": "PX-1"}, {"serial": "PX-2"}, {"serial": "PX-3"}]}\n')

            # curl's body: the same JSON document the client streams, written out once beforehand.
            submission = _submission(str(bundle), str(cameras))
            document = {
                "Queue": "Support",
                "Subject": submission.subject,
                "Requestor": submission.requestor_email,
                "Content": submission.body,
                "ContentType": "text/plain",
                "CustomFields": {
                    "Serial Numbers": list(submission.serials),
                    "Camera Model": list(submission.models),
                    "Firmware Version": list(submission.firmware_versions),
                    "Submission ID": submission.submission_id,
                },
                "Attachments": [
                    {"FileName": a.filename, "FileType": a.content_type, "FileContent": FileContent(a.path)}
                    for a in submission.attachments
                ],
            }
            body_file = Path(tmp) / "body.json"
            with open(body_file, "wb") as handle:
                for block in StreamedJsonBody(document):
                    handle.write(block)
            headers = Path(tmp) / "headers"
            headers.write_text(f"Authorization: token {rt.app_token}\nContent-Type: application/json\n")
            headers.chmod(0o600)
            curl = [
                "curl", "-sS", "--fail", "-o", os.devnull, "-H", f"@{headers}",
                "--data-binary", f"@{body_file}", f"{rt.url}/REST/2.0/ticket",
            ]  # fmt: skip
            ours = [sys.executable, __file__, "--client", rt.url, str(bundle), str(cameras)]
            env = dict(os.environ, BENCH_RT_TOKEN=rt.app_token, PYTHONPATH=str(ROOT))

            measure_process(ours, repeat=1, env=env)  # warm the server's workers and the disk cache
            baseline = measure_process(curl, repeat=REPEAT)
            measured = measure_process(ours, repeat=REPEAT, env=env)
    finally:
        rt.stop()
    bundle_mib = BUNDLE_MB * 1.0
    print(ratio_line(f"submit {BUNDLE_MB} MB bundle, wall time vs curl", measured.seconds, baseline.seconds, 1.2, "s"))
    print(limit_line("submit peak RSS", measured.peak_rss_mib, 3 * bundle_mib, "MiB"))
    print(f"(curl peak RSS {baseline.peak_rss_mib:.1f} MiB; bundle {bundle_mib:.0f} MiB)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--client":
        client(*sys.argv[2:])
        sys.exit(0)
    sys.exit(main())
