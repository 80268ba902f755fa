"""The package's import graph: no cycles anywhere, and the camera package face loads lazily."""

from __future__ import annotations

import grimp

from tests.fresh_python import fresh_python


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    modules = sorted(graph.modules)
    edges = {m: sorted(n for n in graph.find_modules_directly_imported_by(m) if n in graph.modules) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in modules:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            for step, target in enumerate(edges[node][position:], start=position):
                if target not in index:
                    work.append((node, step + 1))
                    work.append((target, 0))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
    return found


def test_the_cycle_finder_finds_a_cycle(tmp_path, monkeypatch):
    package = tmp_path / "loopy"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from loopy import b\n")
    (package / "b.py").write_text("def f():\n    from loopy import c\n")
    (package / "c.py").write_text("import loopy.a\n")
    (package / "d.py").write_text("import loopy.a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _cycles(grimp.build_graph("loopy", cache_dir=None)) == [["loopy.a", "loopy.b", "loopy.c"]]


def test_pixrma_desktop_has_no_import_cycle():
    """Counted with every import: at module level, inside functions and under TYPE_CHECKING."""
    assert _cycles(grimp.build_graph("pixrma_desktop", cache_dir=None)) == []


def test_camera_package_face_exports_the_library_interface_lazily():
    out = fresh_python(
        "import sys, pixrma_desktop.cameras as c\n"
        "before = sorted(m for m in sys.modules if m.startswith('pixrma_desktop.cameras.'))\n"
        "names = [c.scan.__name__, c.GenTLProbe.name, c.Usb3VisionProbe.name, c.GigeVisionProbe.name,"
        " c.PixelinkSdkProbe.name, c.ProbeContext.__name__, c.CameraRecord.__name__]\n"
        "print(before, names, 'harvesters' in sys.modules)\n"
    )
    assert out.strip() == (
        "[] ['discover', 'gentl', 'usb3vision', 'gigevision', 'pixelink-sdk', 'ProbeContext', 'CameraRecord'] False"
    )
