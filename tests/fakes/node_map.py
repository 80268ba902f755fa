"""A fake GenICam node map and a fake harvesters world, for what the real viky producer cannot show.

viky (the genicam package's simulated producer) has no firmware version, temperature or link speed, and its
cameras are never in use by another program; these fakes stand in for a real camera's node map and for a
producer that reports a busy or unopenable camera.
"""

from __future__ import annotations

from typing import Any


class FakeNode:
    def __init__(self, value: Any) -> None:
        self._value = value

    @property
    def value(self) -> Any:
        if isinstance(self._value, Exception):
            raise self._value
        return self._value


class FakeNodeMap:
    """Attribute per feature, each with ``.value``, like genicam's node maps; a missing feature raises
    AttributeError, an unreadable one raises on ``.value`` (pass an exception as its value)."""

    def __init__(self, **features: Any) -> None:
        self._features = features

    def __getattr__(self, name: str) -> FakeNode:
        if name.startswith("_") or name not in self._features:
            raise AttributeError(name)
        return FakeNode(self._features[name])


class FakeAccessException(Exception):
    """Like genicam's AccessException for a feature that exists but cannot be read now."""


class NotImplementedException(Exception):
    """Named like genicam's exception for an operation the producer does not implement."""


class _Chain:
    def __init__(self, parent: Any = None, **values: Any) -> None:
        self.parent = parent
        self.__dict__.update(values)


class FakeDeviceInfo:
    def __init__(self, producer: str, **props: Any) -> None:
        self.property_dict = {"access_status": 1, **props}
        self.parent = _Chain(_Chain(_Chain(path_name=producer)))


class FakeAcquirer:
    def __init__(self, remote: FakeNodeMap, device: FakeNodeMap) -> None:
        self.remote_device = _Chain(node_map=remote)
        self.device = _Chain(node_map=device)
        self.destroyed = False

    def destroy(self) -> None:
        self.destroyed = True


class FakeHarvester:
    """What the GenTL worker uses of harvesters' ``Harvester``: files, update, device list, create."""

    def __init__(
        self, cameras: list[tuple[FakeDeviceInfo, FakeAcquirer | Exception]], *, read_only: bool = True
    ) -> None:
        self.cameras = cameras
        self.read_only = read_only
        """False: a read-only open fails as "not implemented", like viky's."""
        self.read_only_attempts = 0
        self.files: list[str] = []
        self.updates = 0
        self.created: list[FakeAcquirer] = []
        self.device_info_list: list[FakeDeviceInfo] = []

    def remove_files(self) -> None:
        self.files.clear()

    def add_file(self, path: str) -> None:
        self.files.append(path)

    def update(self) -> None:
        self.updates += 1
        self.device_info_list = [info for info, _ in self.cameras] if self.files else []

    def create(self, info: FakeDeviceInfo, config: Any = None) -> FakeAcquirer:
        if config is not None:
            self.read_only_attempts += 1
            if not self.read_only:
                raise NotImplementedException("Read-only device access not implemented")
        opened = dict((id(i), a) for i, a in self.cameras)[id(info)]
        if isinstance(opened, Exception):
            raise opened
        self.created.append(opened)
        return opened
