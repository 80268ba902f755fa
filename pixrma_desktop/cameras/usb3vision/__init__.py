"""USB3 Vision through pyusb: the probe, the device-info descriptor, and the GenCP control channel with its codec."""
