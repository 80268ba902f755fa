from pixrma_desktop.diagnostics.log_tail import newest_part, read_line_blocks


def joined(ranges, block=1024 * 1024):
    return b"".join(read_line_blocks(ranges, block))


def write_lines(path, first, last):
    path.write_bytes(b"".join(b"line %d\n" % i for i in range(first, last)))
    return path


def test_whole_file_when_it_fits(tmp_path):
    log = write_lines(tmp_path / "a.log", 0, 100)
    part = newest_part([log], 10_000)
    assert not part.cut
    assert joined(part.ranges) == log.read_bytes()


def test_newest_part_starts_on_a_whole_line(tmp_path):
    log = write_lines(tmp_path / "a.log", 0, 1000)
    part = newest_part([log], 100)
    assert part.cut
    assert part.total_size == log.stat().st_size
    data = joined(part.ranges)
    assert len(data) <= 100
    assert data.startswith(b"line ")
    assert data.endswith(b"line 999\n")
    assert data in log.read_bytes()


def test_range_starting_exactly_at_a_line_keeps_that_line(tmp_path):
    log = tmp_path / "a.log"
    log.write_bytes(b"aaaa\nbbbb\ncccc\n")
    assert joined(newest_part([log], 10).ranges) == b"bbbb\ncccc\n"


def test_rotated_files_are_one_log_oldest_first(tmp_path):
    old = write_lines(tmp_path / "app.log.1", 0, 50)
    new = write_lines(tmp_path / "app.log", 50, 60)
    part = newest_part([old, new], new.stat().st_size + 30)
    data = joined(part.ranges)
    assert data.endswith(b"line 59\n")
    assert b"line 49\n" in data
    assert b"line 10\n" not in data
    assert [r.path for r in part.ranges] == [old, new]


def test_a_file_without_a_final_newline_does_not_run_into_the_next(tmp_path):
    first = tmp_path / "a.1"
    first.write_bytes(b"one\ntwo")
    second = tmp_path / "a"
    second.write_bytes(b"three\n")
    assert joined(newest_part([first, second], 100).ranges) == b"one\ntwo\nthree\n"


def test_blocks_end_on_line_breaks_and_long_lines_pass_in_pieces(tmp_path):
    log = tmp_path / "a.log"
    log.write_bytes(b"short\n" * 50 + b"x" * 5000 + b"\nend\n")
    blocks = list(read_line_blocks(newest_part([log], 10**6).ranges, block=256))
    assert b"".join(blocks) == log.read_bytes()
    assert all(len(b) <= 512 for b in blocks)
    assert sum(1 for b in blocks if not b.endswith(b"\n")) > 0  # the long line, in pieces


def test_missing_and_empty_files_count_as_empty(tmp_path):
    empty = tmp_path / "empty.log"
    empty.write_bytes(b"")
    part = newest_part([tmp_path / "missing.log", empty], 100)
    assert part.ranges == ()
    assert part.total_size == 0
