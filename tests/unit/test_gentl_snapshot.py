"""GenTL snapshot parts that need no producer: the XML from a port's URL (in memory, zipped, in a file, on
the web), and cameras in use or gone."""

import io
import zipfile
from types import SimpleNamespace

from pixrma_desktop.cameras.gentl.snapshot import read_port_xml, snapshot_gentl
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice

XML = b"<RegisterDescription/>"


class FakePort:
    def __init__(self, url, memory=b""):
        self.url_info_list = [SimpleNamespace(url=url)] if url else []
        self.memory = memory
        self.reads = []

    def read(self, address, size):
        self.reads.append((address, size))
        return size, self.memory[address : address + size]


def test_xml_in_device_memory_plain_and_zipped():
    port = FakePort(f"local:cam.xml;4;{len(XML):x}", b"\0\0\0\0" + XML)
    assert read_port_xml(port) == (XML, f"local:cam.xml;4;{len(XML):x}", None)
    assert port.reads == [(4, len(XML))]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("cam.xml", XML)
    zipped = buffer.getvalue()
    xml, _, problem = read_port_xml(FakePort(f"Local:cam.zip;0;{len(zipped):x}", zipped))
    assert (xml, problem) == (XML, None)


def test_xml_in_a_file_on_the_computer(tmp_path):
    path = tmp_path / "cam.xml"
    path.write_bytes(XML)
    assert read_port_xml(FakePort(f"file://{path}"))[0] == XML
    xml, _, problem = read_port_xml(FakePort(f"file://{tmp_path / 'gone.xml'}"))
    assert xml is None
    assert problem.code == Code.SNAPSHOT_XML_UNREADABLE
    assert "gone.xml" in str(problem)


def test_xml_on_the_web_is_not_downloaded():
    port = FakePort("http://vendor.example/cam.zip")
    xml, source, problem = read_port_xml(port)
    assert xml is None
    assert source == "http://vendor.example/cam.zip"
    assert problem == notice(Code.SNAPSHOT_XML_ON_WEB, url="http://vendor.example/cam.zip")
    assert "not downloaded" in str(problem)


def test_no_url_and_a_damaged_url():
    assert read_port_xml(FakePort(None))[2] == notice(Code.SNAPSHOT_XML_NO_LOCATION)
    assert "not hexadecimal" in str(read_port_xml(FakePort("local:a.xml;zz;10"))[2])


class NoHarvesterWorker:
    """Runs the job at once, like the worker thread would, before any scan loaded a producer."""

    harvester = None
    scan_waiting = False

    def call(self, fn, timeout):
        return fn(self)

    def waiting(self):
        return self.scan_waiting


def test_camera_in_use_is_not_opened_and_a_gone_camera_says_scan_again():
    busy = CameraRecord(serial="B", producer="/p.cti", in_use=True)
    gone = CameraRecord(serial="G", producer="/p.cti")
    first, second = snapshot_gentl([busy, gone], 1.0, NoHarvesterWorker())
    assert first.serial == "B"
    assert first.problems == (notice(Code.SNAPSHOT_IN_USE),)
    assert second.serial == "G"
    assert second.problems == (notice(Code.SNAPSHOT_NOT_LISTED),)


def test_a_waiting_scan_goes_first_and_the_snapshot_says_it_was_interrupted():
    worker = NoHarvesterWorker()
    worker.scan_waiting = True
    [snapshot] = snapshot_gentl([CameraRecord(serial="S", producer="/p.cti")], 1.0, worker)
    assert snapshot.problems == (notice(Code.SNAPSHOT_INTERRUPTED, count=0),)
    assert "A scan interrupted the reading after 0 features" in str(snapshot.problems[0])


def test_read_all_stops_when_asked_and_keeps_what_it_read(monkeypatch):
    from pixrma_desktop.cameras import genapi_features
    from pixrma_desktop.cameras.features import FeatureValue

    nodes = [(None, None, f"F{i}", genapi_features.INTF_INTEGER, "Cat") for i in range(5)]
    monkeypatch.setattr(genapi_features, "walk", lambda node_map, uncategorized=True: iter(nodes))
    monkeypatch.setattr(
        genapi_features, "read_feature", lambda f, n, name, kind, cat, module: FeatureValue(name, cat, "integer", 1)
    )
    asked = []

    def stop():
        asked.append(1)
        return len(asked) > 2

    features, problem = genapi_features.read_all(object(), stop=stop)
    assert [f.name for f in features] == ["F0", "F1"]
    assert problem == notice(Code.SNAPSHOT_INTERRUPTED, count=2)


def test_a_snapshot_cut_short_by_a_scan_is_not_kept(tmp_path):
    from pixrma_desktop.cameras.features import CameraSnapshot, FeatureValue
    from pixrma_desktop.cameras.snapshot_store import keep_snapshots, stored_snapshots

    whole = CameraSnapshot("S", "gentl", "M", features=(FeatureValue("Width", None, "integer", 400),))
    part = CameraSnapshot(
        "S", "gentl", "M", features=(), xml=XML, problems=(notice(Code.SNAPSHOT_INTERRUPTED, count=0),)
    )
    keep_snapshots(tmp_path, [whole])
    keep_snapshots(tmp_path, [part])
    [kept] = stored_snapshots(tmp_path, ["S"])
    assert kept.features == whole.features
