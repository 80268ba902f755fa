"""Camera discovery: probes per transport, a scanner that runs them, and the records they produce."""
