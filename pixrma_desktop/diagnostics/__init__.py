"""Evidence for support: system facts, OS and app logs, remote-fix checks, redaction, the support bundle."""
