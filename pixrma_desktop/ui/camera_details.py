"""The details panel: every field known about one camera and, once read, its whole configuration (like
Capture's About panel), searchable, and copyable as text for support."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pixrma_desktop.ui.camera_table import transport_name
from pixrma_desktop.ui.i18n import translate
from pixrma_desktop.ui.notice_text import notice_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem

    from pixrma_desktop.cameras.features import CameraSnapshot
    from pixrma_desktop.cameras.record import CameraRecord


def _hex4(value: int | None) -> str | None:
    return None if value is None else f"0x{value:04X}"


def detail_lines(record: CameraRecord) -> list[tuple[str, str]]:
    """(label, value) for every field that has a value, in the order support reads them."""
    rows: list[tuple[str, object]] = [
        (translate("CameraDetails", "Vendor"), record.vendor),
        (translate("CameraDetails", "Model"), record.model),
        (translate("CameraDetails", "Serial number"), record.serial),
        (translate("CameraDetails", "Firmware version"), record.firmware_version),
        (translate("CameraDetails", "FPGA version"), record.fpga_version),
        (translate("CameraDetails", "XML version"), record.xml_version),
        (translate("CameraDetails", "Bootloader version"), record.bootloader_version),
        (translate("CameraDetails", "Device version"), record.device_version),
        (translate("CameraDetails", "Family"), record.family),
        (translate("CameraDetails", "Camera name"), record.user_name),
        (translate("CameraDetails", "Description"), record.description),
        (translate("CameraDetails", "Manufacturer info"), record.manufacturer_info),
        (translate("CameraDetails", "Lens"), record.lens),
        (translate("CameraDetails", "Connection"), transport_name(record.transport)),
        (translate("CameraDetails", "Link speed"), record.link_speed),
        (
            translate("CameraDetails", "Temperature"),
            None if record.temperature_c is None else f"{record.temperature_c:.1f} °C",
        ),
        (
            translate("CameraDetails", "In use by another program"),
            translate("CameraDetails", "yes") if record.in_use else None,
        ),
        (translate("CameraDetails", "Demo camera"), translate("CameraDetails", "yes") if record.demo else None),
    ]
    if record.usb:
        u = record.usb
        rows += [
            (
                translate("CameraDetails", "USB bus / port"),
                f"{u.bus}-{u.port_path}" if u.bus is not None and u.port_path else u.port_path,
            ),
            (translate("CameraDetails", "USB address"), u.address),
            (
                translate("CameraDetails", "USB vendor:product"),
                f"{_hex4(u.vendor_id)}:{_hex4(u.product_id)}" if u.vendor_id else None,
            ),
            (translate("CameraDetails", "USB speed"), u.speed),
            (translate("CameraDetails", "USB speeds supported"), ", ".join(u.supported_speeds) or None),
        ]
    if record.network:
        n = record.network
        rows += [
            (translate("CameraDetails", "MAC address"), n.mac),
            (translate("CameraDetails", "IP address"), n.ip),
            (translate("CameraDetails", "Subnet mask"), n.subnet),
            (translate("CameraDetails", "Gateway"), n.gateway),
            (translate("CameraDetails", "IP configuration"), n.ip_config),
            (translate("CameraDetails", "Network adapter"), n.nic),
            (translate("CameraDetails", "Adapter address"), n.nic_ip),
            (translate("CameraDetails", "Adapter netmask"), n.nic_netmask),
            (translate("CameraDetails", "Adapter MTU"), n.nic_mtu),
        ]
    rows += [
        (translate("CameraDetails", "GenTL producer"), record.producer),
        (translate("CameraDetails", "Found by"), ", ".join(record.probes) or None),
    ]
    rows += [(translate("CameraDetails", "Warning"), notice_text(w)) for w in record.warnings]
    return [(label, str(value)) for label, value in rows if value not in (None, "")]


def details_text(record: CameraRecord, snapshot: CameraSnapshot | None = None) -> str:
    """The identity, then (when the snapshot is there) software versions and every feature, Capture-style."""
    lines = detail_lines(record)
    width = max((len(label) for label, _ in lines), default=0)
    text = "\n".join(f"{label.ljust(width)}  {value}" for label, value in lines) + "\n"
    if snapshot is not None:
        from pixrma_desktop.cameras.feature_text import snapshot_lines

        text += "\n" + "\n".join(snapshot_lines(snapshot)) + "\n"
    return text


def _matches(item: QTreeWidgetItem, needle: str) -> bool:
    return any(needle in item.text(column).casefold() for column in (0, 1))


def _filter(item: QTreeWidgetItem | None, needle: str) -> bool:
    """Hide what does not match ``needle``; a group stays when it or one of its items matches."""
    if item is None:
        return False
    if item.childCount() == 0:
        shown = not needle or _matches(item, needle)
    else:
        group_hit = bool(needle) and _matches(item, needle)
        children = [_filter(item.child(i), "" if group_hit else needle) for i in range(item.childCount())]
        shown = group_hit or any(children) or not needle
    item.setHidden(not shown)
    return shown


class CameraDetails(QWidget):
    """A title, then (once a camera has been selected) a filter box, the tree of everything known about it
    (identity, software versions, every feature by category) and "Copy all details"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: CameraRecord | None = None
        self._snapshot: CameraSnapshot | None = None
        self._reading = False
        self.title = QLabel(self.tr("Select a camera to see every detail."))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold")  # not QFont: its set-up would delay the first window
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.title)
        self._layout.addStretch(1)
        self._tree: QTreeWidget | None = None
        self._copy_button: QPushButton | None = None
        self._filter_box: QLineEdit | None = None

    def _build_list(self) -> tuple[QTreeWidget, QPushButton]:
        """The filter box and the tree, built when the first camera is shown (the window opens without them)."""
        if self._tree is not None and self._copy_button is not None:
            return self._tree, self._copy_button
        from PySide6.QtWidgets import QLineEdit, QTreeWidget

        filter_box = QLineEdit()
        filter_box.setObjectName("detailsFilter")
        filter_box.setPlaceholderText(self.tr("Filter: a feature, a value, a category…"))
        filter_box.setClearButtonEnabled(True)
        filter_box.textChanged.connect(self._apply_filter)
        tree = QTreeWidget()
        tree.setObjectName("cameraDetails")
        tree.setColumnCount(2)
        tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        tree.setAlternatingRowColors(True)
        copy_button = QPushButton(self.tr("Copy all details"))
        copy_button.setObjectName("copyDetails")
        copy_button.setToolTip(self.tr("Identity, software versions and every feature, as text for support"))
        copy_button.clicked.connect(self.copy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy_button)
        self._layout.takeAt(1)  # the stretch: the tree takes its room
        self._layout.addWidget(filter_box)
        self._layout.addWidget(tree, 1)
        self._layout.addLayout(buttons)
        self._tree, self._copy_button, self._filter_box = tree, copy_button, filter_box
        return tree, copy_button

    @property
    def tree(self) -> QTreeWidget:
        return self._build_list()[0]

    @property
    def copy_button(self) -> QPushButton:
        return self._build_list()[1]

    @property
    def filter_box(self) -> QLineEdit:
        self._build_list()
        assert self._filter_box is not None
        return self._filter_box

    @property
    def record(self) -> CameraRecord | None:
        return self._record

    @property
    def snapshot(self) -> CameraSnapshot | None:
        return self._snapshot

    def show_record(
        self, record: CameraRecord | None, snapshot: CameraSnapshot | None = None, *, reading: bool = False
    ) -> None:
        """Show ``record`` (None: nothing selected) with its snapshot; ``reading``: the snapshot is on its way."""
        self._record, self._snapshot, self._reading = record, snapshot, reading
        if record is None:
            self.title.setText(self.tr("Select a camera to see every detail."))
            if self._tree is not None and self._copy_button is not None:
                self._tree.clear()
                self._copy_button.setEnabled(False)
            return
        tree, copy_button = self._build_list()
        copy_button.setEnabled(True)
        self.title.setText(record.display_name)
        self._fill(tree, record, snapshot)

    def _group(self, tree: QTreeWidget, title: str, rows: list[tuple[str, str]]) -> QTreeWidgetItem:
        from PySide6.QtWidgets import QTreeWidgetItem

        group = QTreeWidgetItem([title, ""])
        group.setFirstColumnSpanned(True)
        tree.addTopLevelItem(group)
        for label, value in rows:
            item = QTreeWidgetItem([label, value])
            item.setToolTip(1, value)  # a long value (a warning) is cut in the column: the whole of it on hover
            group.addChild(item)
        group.setExpanded(True)
        return group

    def _fill(self, tree: QTreeWidget, record: CameraRecord, snapshot: CameraSnapshot | None) -> None:
        tree.clear()
        self._group(tree, self.tr("Camera"), detail_lines(record))
        if snapshot is not None:
            self._fill_snapshot(tree, snapshot)
        elif self._reading:
            self._group(tree, self.tr("Configuration"), [(self.tr("Reading the configuration…"), "")])
        tree.resizeColumnToContents(0)
        self._apply_filter(self._filter_box.text() if self._filter_box is not None else "")

    def _fill_snapshot(self, tree: QTreeWidget, snapshot: CameraSnapshot) -> None:
        from PySide6.QtWidgets import QTreeWidgetItem

        from pixrma_desktop.cameras.feature_text import group_name, range_text, value_text

        versions = list(snapshot.versions.items())
        if snapshot.xml is not None:
            versions.append((self.tr("GenICam XML"), f"{len(snapshot.xml)} bytes, SHA1 {snapshot.xml_sha1}"))
        if versions:
            self._group(tree, self.tr("Software versions"), versions)
        title = self.tr("Features ({count})").format(count=len(snapshot.features))
        features = self._group(tree, title, [(self.tr("Problem"), notice_text(p)) for p in snapshot.problems])
        groups: dict[str, QTreeWidgetItem] = {}
        for feature in snapshot.features:
            name = group_name(feature)
            group = groups.get(name)
            if group is None:
                group = groups[name] = QTreeWidgetItem([name, ""])
                group.setFirstColumnSpanned(True)
                features.addChild(group)
            item = QTreeWidgetItem([feature.name, value_text(feature)])
            facts = [range_text(feature), feature.access or "", ", ".join(feature.flags), feature.type]
            item.setToolTip(1, "  ".join(f for f in facts if f))
            group.addChild(item)

    def show_snapshot(self, record: CameraRecord, snapshot: CameraSnapshot) -> None:
        """A snapshot arrived: shown when it is the selected camera's."""
        if self._record is not None and self._record.serial == record.serial:
            self.show_record(self._record, snapshot)

    def _apply_filter(self, text: str) -> None:
        if self._tree is None:
            return
        needle = text.strip().casefold()
        for index in range(self._tree.topLevelItemCount()):
            _filter(self._tree.topLevelItem(index), needle)
        if needle:
            self._tree.expandAll()

    def copy(self) -> None:
        if self._record is None or self._copy_button is None:
            return
        from pixrma_desktop.ui.copy_feedback import copy_with_feedback

        camera = self._record.display_name
        if self._snapshot is not None:
            what = self.tr("the details and {count} features of {camera}").format(
                count=len(self._snapshot.features), camera=camera
            )
        else:
            what = self.tr("the details of {camera}").format(camera=camera)
        copy_with_feedback(self._copy_button, details_text(self._record, self._snapshot), what)
