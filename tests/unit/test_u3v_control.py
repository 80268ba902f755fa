import pytest

from pixrma_desktop.cameras.usb3vision import gencp
from pixrma_desktop.cameras.usb3vision.control_channel import ChannelTimeout, ControlChannel


class ScriptedDevice:
    """Answers each command with the acks a function of the request id returns; then times out."""

    def __init__(self, answer):
        self.answer = answer
        self.queue = []
        self.reads = 0

    def write(self, data, timeout):
        _, request_id, _ = gencp.parse_command(data)
        self.queue.extend(self.answer(request_id))

    def read(self, size, timeout):
        self.reads += 1
        if not self.queue:
            raise TimeoutError
        return self.queue.pop(0)[:size]


def pending(request_id, ms):
    return gencp.build_ack(0, gencp.PENDING_ACK, request_id, gencp.PENDING_SCD.pack(0, ms))


def test_pending_acks_are_capped_by_count():
    device = ScriptedDevice(lambda rid: [pending(rid, 10)] * 100)
    channel = ControlChannel(device.write, device.read, max_pending=8)
    with pytest.raises(ChannelTimeout, match="9 PENDING_ACKs"):
        channel.read_memory(0x144, 64)
    assert device.reads == 9  # the eight PENDING_ACKs allowed, then the one too many


def test_pending_ack_for_another_request_is_malformed():
    device = ScriptedDevice(lambda rid: [pending(rid + 1, 10)])
    with pytest.raises(gencp.MalformedAck):
        ControlChannel(device.write, device.read).read_memory(0x144, 64)


def test_request_ids_advance_and_wrap():
    seen = []

    def answer(rid):
        seen.append(rid)
        return [gencp.build_ack(0, gencp.READMEM_ACK, rid, b"abcd")]

    device = ScriptedDevice(answer)
    channel = ControlChannel(device.write, device.read)
    channel._request_id = gencp.MAX_REQUEST_ID - 1
    for _ in range(3):
        assert channel.read_memory(0, 4) == b"abcd"
    assert seen == [0xFFFF, 1, 2]


def test_no_answer_is_a_timeout():
    device = ScriptedDevice(lambda rid: [])
    with pytest.raises(ChannelTimeout, match="no answer"):
        ControlChannel(device.write, device.read, timeout_ms=5).read_memory(0, 4)


def test_expired_deadline_sends_nothing():
    device = ScriptedDevice(lambda rid: [gencp.build_ack(0, gencp.READMEM_ACK, rid, b"abcd")])
    channel = ControlChannel(device.write, device.read, deadline=0.0)
    with pytest.raises(ChannelTimeout, match="time ran out"):
        channel.read_memory(0, 4)
    assert device.reads == 0


def test_other_transport_errors_pass_through():
    def read(size, timeout):
        raise OSError("device gone")

    with pytest.raises(OSError, match="device gone"):
        ControlChannel(lambda d, t: None, read).read_memory(0, 4)
