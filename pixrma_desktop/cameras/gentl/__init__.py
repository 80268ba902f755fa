"""GenTL: cameras seen by GenTL producers (.cti files), read through harvesters; the producers found and vetted."""
