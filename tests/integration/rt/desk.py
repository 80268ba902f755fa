"""Test helpers: a support engineer's actions through REST2, and a request with three cameras."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

import requests

from pixrma_desktop.rma.request import CameraSource, RmaRequest
from pixrma_desktop.support.backend import Attachment, Submission
from tests.integration.rt.server import RtInstance


class SupportDesk:
    """What a support engineer does in RT's web UI, done through REST2 with their own account."""

    def __init__(self, server: RtInstance) -> None:
        self.api = f"{server.url}/REST/2.0"
        self.session = requests.Session()
        self.session.auth = (server.support_user, server.support_password)

    def ticket(self, ticket_id: str) -> dict:
        response = self.session.get(f"{self.api}/ticket/{ticket_id}", timeout=30)
        response.raise_for_status()
        return response.json()

    def attachments(self, ticket_id: str) -> dict[str, bytes]:
        listing = self.session.get(
            f"{self.api}/ticket/{ticket_id}/attachments", params={"fields": "Filename", "per_page": 100}, timeout=30
        ).json()
        files = {}
        for item in listing["items"]:
            if item["Filename"]:
                full = self.session.get(f"{self.api}/attachment/{item['id']}", timeout=60).json()
                files[item["Filename"]] = base64.b64decode(full["Content"])
        return files

    def tickets_with_submission(self, submission_id: str) -> list[str]:
        query = f"CF.{{Submission ID}} = '{submission_id}'"
        body = self.session.get(f"{self.api}/tickets", params={"query": query}, timeout=30).json()
        return [str(item["id"]) for item in body["items"]]

    def texts(self, ticket_id: str) -> str:
        """Every plain-text part of the ticket (its description and replies), joined."""
        listing = self.session.get(
            f"{self.api}/ticket/{ticket_id}/attachments",
            params={"fields": "ContentType,Filename", "per_page": 100},
            timeout=30,
        ).json()
        parts = []
        for item in listing["items"]:
            if item.get("ContentType") == "text/plain" and not item.get("Filename"):
                full = self.session.get(f"{self.api}/attachment/{item['id']}", timeout=60).json()
                parts.append(base64.b64decode(full["Content"]).decode("utf-8", "replace"))
        return "\n".join(parts)

    def issue_rma(self, ticket_id: str, link: str = "RefersTo", requestor: str | None = None) -> str:
        """An RMA ticket linked to the support ticket; with ``requestor`` (the customer), the customer sees it."""
        document: dict = {"Queue": "RMA", "Subject": f"RMA for support ticket {ticket_id}", link: [int(ticket_id)]}
        if requestor:
            document["Requestor"] = requestor
        response = self.session.post(f"{self.api}/ticket", json=document, timeout=30)
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    def reply(self, ticket_id: str, text: str, files: dict[str, bytes] | None = None, *, html: bool = False) -> None:
        """Answer the customer (a correspondence, mailed to the requestor), with files."""
        document: dict = {"Content": text, "ContentType": "text/html" if html else "text/plain"}
        if files:
            document["Attachments"] = [
                {
                    "FileName": name,
                    "FileType": "application/octet-stream",
                    "FileContent": base64.b64encode(data).decode(),
                }
                for name, data in files.items()
            ]
        response = self.session.post(f"{self.api}/ticket/{ticket_id}/correspond", json=document, timeout=30)
        assert response.status_code == 201, response.text

    def comment(self, ticket_id: str, text: str) -> None:
        """An internal note: the customer must never see it."""
        response = self.session.post(
            f"{self.api}/ticket/{ticket_id}/comment", json={"Content": text, "ContentType": "text/plain"}, timeout=30
        )
        assert response.status_code == 201, response.text

    def issue_rma_with_instructions(self, ticket_id: str, instructions: str, requestor: str = "customer-a") -> str:
        """Open the RMA ticket referring to the support ticket, the customer as its requestor, and mail the
        return instructions (the ticket's first message)."""
        response = self.session.post(
            f"{self.api}/ticket",
            json={
                "Queue": "RMA",
                "Subject": f"RMA for support ticket {ticket_id}",
                "RefersTo": [int(ticket_id)],
                "Requestor": requestor,
                "Content": instructions,
                "ContentType": "text/plain",
            },
            timeout=30,
        )
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    def correspondence(self, ticket_id: str) -> list[dict]:
        """Every correspondence on the ticket with its text parts and file names (what the customer got)."""
        history = self.session.get(
            f"{self.api}/ticket/{ticket_id}/history", params={"fields": "Type", "per_page": 100}, timeout=30
        ).json()["items"]
        parts = self.session.get(
            f"{self.api}/ticket/{ticket_id}/attachments",
            params={"fields": "TransactionId,Filename,ContentType,Content", "per_page": 100},
            timeout=30,
        ).json()["items"]
        found = []
        for item in history:
            if item["Type"] != "Correspond":
                continue
            own = [p for p in parts if str(p["TransactionId"]) == str(item["id"])]
            found.append(
                {
                    "id": str(item["id"]),
                    "text": "".join(
                        p["Content"] for p in own if p["ContentType"] == "text/plain" and not p["Filename"]
                    ),
                    "files": [p["Filename"] for p in own if p["Filename"]],
                }
            )
        return found

    def set_status(self, ticket_id: str, status: str) -> None:
        response = self.session.put(f"{self.api}/ticket/{ticket_id}", json={"Status": status}, timeout=30)
        assert response.status_code == 200, response.text


def fresh_serials(request: RmaRequest) -> RmaRequest:
    """The request with serial numbers no other test files (the server is shared by the whole test session, and
    the duplicate guard refuses a second open request for a camera); every camera then counts as typed in."""
    tag = uuid.uuid4().hex[:6].upper()
    cameras = [
        c.model_copy(update={"serial": f"T{tag}{n}", "source": CameraSource.MANUAL, "scanned": None})
        for n, c in enumerate(request.cameras)
    ]
    return request.model_copy(update={"cameras": cameras})


def make_submission(
    folder: Path, *, cameras: int = 3, bundle_bytes: int = 300_000, submission_id: str = ""
) -> Submission:
    folder.mkdir(parents=True, exist_ok=True)
    bundle = folder / "support-bundle.zip"
    bundle.write_bytes(bytes(range(256)) * (bundle_bytes // 256) + b"\x00\xff" * 7)
    serials = tuple(f"PX-{1000 + i}" for i in range(cameras))
    cameras_json = folder / "cameras.json"
    cameras_json.write_text(
        '{"cameras": [' + ", ".join(f'{{"serial": "{s}", "model": "PL-D7512"}}' for s in serials) + "]}\n",
        encoding="utf-8",
    )
    return Submission(
        submission_id=submission_id or str(uuid.uuid4()),
        subject=f"RMA request: {cameras} cameras (PL-D7512, PL-X9000)",
        requestor_email="camera.user@lab.example.org",
        body="Camera stops streaming after ~10 minutes.\nError 0x80000007 in the log.\n",
        serials=serials,
        models=("PL-D7512", "PL-X9000", "PL-D7512")[:cameras],
        firmware_versions=("3.2.1", "3.2.1", "2.9.0")[:cameras],
        attachments=(
            Attachment(bundle, "support-bundle.zip", "application/zip"),
            Attachment(cameras_json, "cameras.json", "application/json"),
        ),
    )
