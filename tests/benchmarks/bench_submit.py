#!/usr/bin/env python3
"""Submitting a request with a 20 MB bundle to a real Request Tracker 5: the app's client against curl.

Baseline: `curl` posting the very same JSON body (prepared as a file beforehand) to the same server in the same
run. Measured: a fresh `python` process that builds the backend and files the ticket, streaming the base64 JSON
from the bundle file. Two comparisons, both with target <= 1.2x:
- ``file_ticket()`` (the POST alone) against curl's POST;
- ``create()``, which also reads the ticket and its attachment list back (two GETs, run concurrently), against
  one curl process doing the POST and the same two GETs (`--next`).
RT checks the token on every request with bcrypt (RT's default cost 12, about 0.25 s of server CPU here), so
the read-back costs real time; the server is provisioned with that default. Peak RSS target: <= 3x the bundle.

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
REPEAT = 7


def client(mode: str, url: str, bundle: str, cameras: str) -> None:
    """The measured child: one submission, the way the outbox sends it (token from the environment)."""
    from pixrma_desktop.settings import SupportSettings
    from pixrma_desktop.support.credentials import Credential
    from pixrma_desktop.support.rt import RtBackend

    backend = RtBackend(SupportSettings(rt_url=url), Credential(token=os.environ["BENCH_RT_TOKEN"]))
    submission = _submission(bundle, cameras)
    ref = backend.file_ticket(submission) if mode == "post" else backend.create(submission)
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
    import statistics

    from tests.benchmarks.measure import ProcessCost, limit_line, measure_process, ratio_line
    from tests.integration.rt.server import MISSING_REASON, rt_installed, start_rt

    if not rt_installed() or not shutil.which("curl"):
        print(f"submit: skipped: {MISSING_REASON} (and curl)")
        return 0
    from pixrma_desktop.support.json_body import FileContent, StreamedJsonBody

    rt = start_rt(bcrypt_cost=12)  # RT's default: each request pays a realistic token check
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
            reads = [
                "--next", "-sS", "--fail", "-o", os.devnull, "-H", f"@{headers}", f"{rt.url}/REST/2.0/ticket/1",
                "--next", "-sS", "--fail", "-o", os.devnull, "-H", f"@{headers}",
                f"{rt.url}/REST/2.0/ticket/1/attachments?fields=Filename,ContentLength&per_page=100",
            ]  # fmt: skip
            ours = [sys.executable, __file__, "--client", "post", rt.url, str(bundle), str(cameras)]
            ours_full = [sys.executable, __file__, "--client", "create", rt.url, str(bundle), str(cameras)]
            env = dict(os.environ, BENCH_RT_TOKEN=rt.app_token, PYTHONPATH=str(ROOT))

            measure_process(ours_full, repeat=1, env=env)  # warm the server's workers and the disk cache
            # Interleaved, so that a server slowing down as its database grows hurts both sides alike.
            runs: dict[str, list[ProcessCost]] = {"post_curl": [], "post_ours": [], "full_curl": [], "full_ours": []}
            for _ in range(REPEAT):
                runs["post_curl"].append(measure_process(curl, repeat=1))
                runs["post_ours"].append(measure_process(ours, repeat=1, env=env))
                runs["full_curl"].append(measure_process(curl + reads, repeat=1))
                runs["full_ours"].append(measure_process(ours_full, repeat=1, env=env))
            post_curl, post_ours, full_curl, full_ours = (
                ProcessCost(statistics.median(c.seconds for c in runs[key]), max(c.peak_rss_mib for c in runs[key]))
                for key in ("post_curl", "post_ours", "full_curl", "full_ours")
            )
    finally:
        rt.stop()
    bundle_mib = BUNDLE_MB * 1.0
    print(
        ratio_line(f"file ticket, {BUNDLE_MB} MiB bundle, vs curl POST", post_ours.seconds, post_curl.seconds, 1.2, "s")
    )
    print(ratio_line("create with read-back vs curl POST + 2 GETs", full_ours.seconds, full_curl.seconds, 1.2, "s"))
    peak = max(post_ours.peak_rss_mib, full_ours.peak_rss_mib)
    print(limit_line("submit peak RSS", peak, 3 * bundle_mib, "MiB"))
    print(f"(curl peak RSS {post_curl.peak_rss_mib:.1f} MiB; bundle {bundle_mib:.0f} MiB)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--client":
        client(*sys.argv[2:])
        sys.exit(0)
    sys.exit(main())
