"""A configuration snapshot as plain text, the way Pixelink Capture's "Copy to clipboard" gives it: software
versions, then every feature with its value, range, flags and access, grouped by category. `pixrma features`
prints it and the app's "Copy all details" copies it."""

from __future__ import annotations

from pixrma_desktop.cameras.features import CameraSnapshot, FeatureValue


def value_text(feature: FeatureValue) -> str:
    if feature.type == "command":
        return "(command)"
    if feature.value is None:
        return f"({feature.error or 'not readable now'})"
    text = str(feature.value).lower() if isinstance(feature.value, bool) else str(feature.value)
    return f"{text} {feature.unit}" if feature.unit else text


def range_text(feature: FeatureValue) -> str:
    if feature.minimum is None and feature.maximum is None:
        return ""
    step = f" step {feature.increment}" if feature.increment not in (None, 1) else ""
    return f"[{feature.minimum} .. {feature.maximum}{step}]"


def feature_line(feature: FeatureValue) -> str:
    """``Name = value  [min .. max]  {flags} ACCESS``."""
    where = range_text(feature)
    flags = f"  {{{', '.join(feature.flags)}}}" if feature.flags else ""
    access = f" {feature.access}" if feature.access else ""
    return f"{feature.name} = {value_text(feature)}{'  ' + where if where else ''}{flags}{access}"


def group_name(feature: FeatureValue) -> str:
    """The group a feature is listed under: its GenTL module (when not the camera's own) and its category."""
    module = f"GenTL {feature.module}" if feature.module else None
    return " / ".join(p for p in (module, feature.category) if p) or "Features"


def snapshot_lines(snapshot: CameraSnapshot) -> list[str]:
    """Every line of the snapshot, indented under a title line."""
    title = " ".join(p for p in (snapshot.model, f"S/N {snapshot.serial}" if snapshot.serial else None) if p)
    lines = [f"{title or 'Camera'} ({snapshot.transport})"]
    lines += [f"  {name}: {version}" for name, version in snapshot.versions.items()]
    lines += [
        f"  manifest: file {e.file_version}, schema {e.schema_version}, {e.file_format}, {e.size} bytes at "
        f"0x{e.address:X}, SHA1 {e.sha1 or '-'}"
        for e in snapshot.manifest
    ]
    group: str | None = None
    for feature in snapshot.features:
        if group_name(feature) != group:
            group = group_name(feature)
            lines.append(f"  {group}")
        lines.append(f"    {feature_line(feature)}")
    xml = f"{len(snapshot.xml)} bytes, SHA1 {snapshot.xml_sha1}" if snapshot.xml is not None else "not read"
    lines.append(f"  GenICam XML: {xml}" + (f" from {snapshot.xml_source}" if snapshot.xml_source else ""))
    readable = len(snapshot.readable)
    lines.append(f"  {len(snapshot.features)} features, {readable} with a value, in {snapshot.seconds:.2f} s")
    lines += [f"  ! {problem}" for problem in snapshot.problems]
    return lines
