"""Drafts and the offline outbox: the SQLite store and the sender that sends each request exactly once."""
