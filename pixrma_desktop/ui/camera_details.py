"""The details panel: every field known about one camera (like Capture's About panel), copyable as text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pixrma_desktop.ui.camera_table import transport_name
from pixrma_desktop.ui.i18n import translate
from pixrma_desktop.ui.notice_text import notice_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTreeWidget

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


def details_text(record: CameraRecord) -> str:
    lines = detail_lines(record)
    width = max((len(label) for label, _ in lines), default=0)
    return "\n".join(f"{label.ljust(width)}  {value}" for label, value in lines) + "\n"


class CameraDetails(QWidget):
    """A title, then (once a camera has been selected) the field list and a copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: CameraRecord | None = None
        self.title = QLabel(self.tr("Select a camera to see every detail."))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold")  # not QFont: its set-up would delay the first window
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.title)
        self._layout.addStretch(1)
        self._tree: QTreeWidget | None = None
        self._copy_button: QPushButton | None = None

    def _build_list(self) -> tuple[QTreeWidget, QPushButton]:
        """The field list, built when the first camera is shown (the window opens without it)."""
        if self._tree is not None and self._copy_button is not None:
            return self._tree, self._copy_button
        from PySide6.QtWidgets import QTreeWidget

        tree = QTreeWidget()
        tree.setObjectName("cameraDetails")
        tree.setColumnCount(2)
        tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        copy_button = QPushButton(self.tr("Copy to clipboard"))
        copy_button.setObjectName("copyDetails")
        copy_button.clicked.connect(self.copy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy_button)
        self._layout.takeAt(1)  # the stretch: the list takes its room
        self._layout.addWidget(tree, 1)
        self._layout.addLayout(buttons)
        self._tree, self._copy_button = tree, copy_button
        return tree, copy_button

    @property
    def tree(self) -> QTreeWidget:
        return self._build_list()[0]

    @property
    def copy_button(self) -> QPushButton:
        return self._build_list()[1]

    @property
    def record(self) -> CameraRecord | None:
        return self._record

    def show_record(self, record: CameraRecord | None) -> None:
        self._record = record
        if record is None:
            self.title.setText(self.tr("Select a camera to see every detail."))
            if self._tree is not None and self._copy_button is not None:
                self._tree.clear()
                self._copy_button.setEnabled(False)
            return
        from PySide6.QtWidgets import QTreeWidgetItem

        tree, copy_button = self._build_list()
        tree.clear()
        copy_button.setEnabled(True)
        self.title.setText(record.display_name)
        for label, value in detail_lines(record):
            item = QTreeWidgetItem([label, value])
            item.setToolTip(1, value)  # a long value (a warning) is cut in the column: the whole of it on hover
            tree.addTopLevelItem(item)
        tree.resizeColumnToContents(0)

    def copy(self) -> None:
        if self._record is not None and self._copy_button is not None:
            from pixrma_desktop.ui.copy_feedback import copy_with_feedback

            what = self.tr("the details of {camera}").format(camera=self._record.display_name)
            copy_with_feedback(self._copy_button, details_text(self._record), what)
