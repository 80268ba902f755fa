import sys

from pixrma_desktop.diagnostics.command_runner import RunStatus, SubprocessRunner

RUNNER = SubprocessRunner()


def test_output_and_exit_status():
    out = RUNNER.run([sys.executable, "-c", "print('hello')"], timeout=30, byte_cap=1024)
    assert out.status is RunStatus.OK
    assert out.returncode == 0
    assert out.stdout.strip() == b"hello"
    assert not out.truncated


def test_byte_cap_keeps_the_newest_output():
    code = "import sys\nfor i in range(100000): sys.stdout.write(f'line {i}\\n')"
    out = RUNNER.run([sys.executable, "-c", code], timeout=60, byte_cap=4096)
    assert out.truncated
    assert len(out.stdout) == 4096
    assert out.stdout.endswith(b"line 99999\n")
    assert out.total_bytes > 500_000


def test_missing_command_is_a_result():
    out = RUNNER.run(["pixrma-no-such-command-here"], timeout=5, byte_cap=1024)
    assert out.status is RunStatus.MISSING
    assert "not found" in out.stderr


def test_failure_keeps_stderr():
    code = "import sys; sys.stderr.write('nope: Operation not permitted\\n'); sys.exit(3)"
    out = RUNNER.run([sys.executable, "-c", code], timeout=30, byte_cap=1024)
    assert out.status is RunStatus.FAILED
    assert out.returncode == 3
    assert "Operation not permitted" in out.stderr


def test_timeout_stops_the_command_and_keeps_what_it_printed():
    code = "import sys, threading\nprint('started', flush=True)\nthreading.Event().wait(60)"
    out = RUNNER.run([sys.executable, "-c", code], timeout=1.0, byte_cap=1024)
    assert out.status is RunStatus.TIMEOUT
    assert out.stdout.strip() == b"started"
