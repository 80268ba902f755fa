"""Talking to the vendor's support: the backend interface, Request Tracker, e-mail, credentials."""
